package org.opsdb.migrations.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opsdb.migrations.diff.RenameHints.ColumnKey;
import org.opsdb.migrations.operations.QualifiedName;

/** The {@code --rename OLD=NEW} text form of rename hints, and the options the probable-rename warnings name. */
class RenameHintsParseTest {

    @Test
    void eachFormNamesATableOrAColumn() {
        RenameHints hints = RenameHints.none().parse("orders.customer=client_id").parse("sales.orders.total=amount")
                .parse("old_table=new_table").parse("sales.ledger=sales.journal")
                .parse("public.data_transfer=archive.data_transfer").parse("log=archive.old_log");
        assertThat(hints.columns()).isEqualTo(Map.of(
                new ColumnKey(QualifiedName.of("orders"), "customer"), "client_id",
                new ColumnKey(QualifiedName.of("sales", "orders"), "total"), "amount"));
        assertThat(hints.tables()).isEqualTo(Map.of(QualifiedName.of("old_table"), QualifiedName.of("new_table"),
                QualifiedName.of("sales", "ledger"), QualifiedName.of("sales", "journal"),
                QualifiedName.of("public", "data_transfer"), QualifiedName.of("archive", "data_transfer"),
                QualifiedName.of("log"), QualifiedName.of("archive", "old_log")));
    }

    @Test
    void theOptionsParseBackToTheHint() {
        String column = RenameHints.columnOption(QualifiedName.of("sales", "orders"), "customer", "client_id");
        String table = RenameHints.tableOption(QualifiedName.of("sales", "ledger"), QualifiedName.of("sales", "journal"));
        assertThat(column).isEqualTo("--rename sales.orders.customer=client_id");
        assertThat(table).isEqualTo("--rename sales.ledger=sales.journal");
        assertThat(RenameHints.none().parse(column.substring("--rename ".length()))
                .parse(table.substring("--rename ".length())))
                .isEqualTo(RenameHints.none().column("sales.orders", "customer", "client_id")
                        .table("sales.ledger", "journal"));
    }

    @Test
    void aMoveToTheDefaultSchemaIsSpelledWithPublic() {
        String back = RenameHints.tableOption(QualifiedName.of("archive", "data_transfer"),
                QualifiedName.of("data_transfer"));
        assertThat(back).isEqualTo("--rename archive.data_transfer=public.data_transfer");
        assertThat(RenameHints.none().parse(back.substring("--rename ".length())).tables()).isEqualTo(Map.of(
                QualifiedName.of("archive", "data_transfer"), QualifiedName.of("public", "data_transfer")));
        assertThat(RenameHints.none().parse("public.data_transfer=archive.data_transfer").inverse().tables())
                .isEqualTo(Map.of(QualifiedName.of("archive", "data_transfer"),
                        QualifiedName.of("public", "data_transfer")));
    }

    @Test
    void anythingElseIsOneLineNamingTheText() {
        for (String bad : new String[] {"orders", "=x", "orders.=x", "orders.customer=", "a.b.c.d=e",
                "a=b.c.d", "a.b.c=d.e"}) {
            assertThatThrownBy(() -> RenameHints.none().parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Invalid rename '" + bad + "': use TABLE.COLUMN=NEW_COLUMN,"
                            + " SCHEMA.TABLE.COLUMN=NEW_COLUMN, TABLE=NEW_TABLE or SCHEMA.TABLE=SCHEMA.NEW_TABLE");
        }
    }
}
