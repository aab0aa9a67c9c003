package org.opsdb.migrations.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opsdb.migrations.operations.QualifiedName;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"observation", "_x", "a1", "tel$scope", "status_2", "name", "comment", "key", "type"})
    void plainLowerCaseNamesAndUnreservedKeywordsStayBare(String name) {
        assertThat(Identifiers.quote(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"user", "order", "select", "table", "group", "check", "default", "end", "limit",
            "system_user", "authorization", "left", "join", "concurrently", "is", "like", "verbose",
            "between", "bigint", "time", "timestamp", "values", "position", "interval", "char", "json_table"})
    void restrictedKeywordsAreQuoted(String keyword) {
        assertThat(Identifiers.quote(keyword)).isEqualTo('"' + keyword + '"');
    }

    @Test
    void mixedCaseUpperCaseAndSpecialCharactersAreQuoted() {
        assertThat(Identifiers.quote("Mixed")).isEqualTo("\"Mixed\"");
        assertThat(Identifiers.quote("USER")).isEqualTo("\"USER\"");
        assertThat(Identifiers.quote("with space")).isEqualTo("\"with space\"");
        assertThat(Identifiers.quote("1abc")).isEqualTo("\"1abc\"");
        assertThat(Identifiers.quote("$x")).isEqualTo("\"$x\"");
        assertThat(Identifiers.quote("a-b")).isEqualTo("\"a-b\"");
        assertThat(Identifiers.quote("é")).isEqualTo("\"é\"");
    }

    @Test
    void embeddedDoubleQuotesAreDoubled() {
        assertThat(Identifiers.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Identifiers.quote("\"")).isEqualTo("\"\"\"\"");
    }

    @Test
    void qualifiedNamesQuoteEachPart() {
        assertThat(Identifiers.quote(QualifiedName.of("ops", "observation"))).isEqualTo("ops.observation");
        assertThat(Identifiers.quote(QualifiedName.of("Ops", "user"))).isEqualTo("\"Ops\".\"user\"");
        assertThat(Identifiers.quote(QualifiedName.parse("public.order"))).isEqualTo("public.\"order\"");
        assertThat(Identifiers.quote(QualifiedName.of("a.b"))).isEqualTo("\"a.b\"");
    }

    @Test
    void emptyNameIsRefused() {
        assertThatThrownBy(() -> Identifiers.quote("")).isInstanceOf(IllegalArgumentException.class);
    }
}
