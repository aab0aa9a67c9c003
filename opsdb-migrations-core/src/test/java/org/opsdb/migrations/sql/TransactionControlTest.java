package org.opsdb.migrations.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransactionControlTest {

    @Test
    void everyFormOfTransactionControlIsNamed() {
        Map<String, String> commands = new LinkedHashMap<>();
        commands.put("COMMIT", "COMMIT");
        commands.put("commit work", "COMMIT");
        commands.put("COMMIT AND CHAIN", "COMMIT");
        commands.put("END", "END");
        commands.put("end transaction", "END");
        commands.put("BEGIN", "BEGIN");
        commands.put("BEGIN ISOLATION LEVEL SERIALIZABLE", "BEGIN");
        commands.put("START TRANSACTION", "START TRANSACTION");
        commands.put("start transaction read only", "START TRANSACTION");
        commands.put("ROLLBACK", "ROLLBACK");
        commands.put("ROLLBACK WORK", "ROLLBACK");
        commands.put("ABORT", "ABORT");
        commands.put("PREPARE TRANSACTION 'x'", "PREPARE TRANSACTION");
        commands.put("COMMIT PREPARED 'x'", "COMMIT PREPARED");
        commands.put("ROLLBACK PREPARED 'x'", "ROLLBACK PREPARED");
        commands.forEach((statement, command) -> assertThat(TransactionControl.command(statement)).as(statement)
                .isEqualTo(command));
    }

    @Test
    void savepointsPreparedStatementsAndOrdinaryStatementsAreNot() {
        for (String statement : List.of("SAVEPOINT s", "RELEASE SAVEPOINT s", "RELEASE s", "ROLLBACK TO SAVEPOINT s",
                "ROLLBACK TO s", "rollback work to savepoint s", "ROLLBACK TRANSACTION TO s", "PREPARE q AS SELECT 1",
                "PREPARE q(int) AS SELECT $1", "START", "CREATE TABLE commit (id int)", "UPDATE t SET \"end\" = 1",
                "SELECT 1 AS end", "ENDLESS", "beginning", "DO $$ BEGIN COMMIT; END $$",
                "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END")) {
            assertThat(TransactionControl.command(statement)).as(statement).isNull();
        }
    }

    @Test
    void theFirstStatementOfAScriptIsFoundWithItsLineAndWordsInStringsCommentsAndBodiesDoNotCount() {
        assertThat(TransactionControl.first("CREATE TABLE a (id int);\n\nINSERT INTO a\nVALUES (1);\n  COMMIT;\n"))
                .isEqualTo(new SqlStatement("COMMIT", 5));
        assertThat(TransactionControl.first("""
                SELECT 'commit; begin;';
                -- COMMIT;
                /* ROLLBACK; /* END; */ */
                SELECT $x$ ; COMMIT; $x$;
                CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; END $$;
                CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;
                SELECT E'\\' ; end;';
                SAVEPOINT s; ROLLBACK TO SAVEPOINT s; RELEASE SAVEPOINT s;
                SELECT "begin" FROM "commit";
                """)).isNull();
        assertThat(TransactionControl.first("CREATE TABLE t (id int)")).isNull();
    }
}
