package org.opsdb.migrations.test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.opsdb.migrations.Migrations;
import org.opsdb.migrations.revision.Revision;
import org.opsdb.migrations.revision.RevisionException;
import org.opsdb.migrations.revision.RevisionGraph;
import org.opsdb.migrations.runtime.MigrationException;
import org.opsdb.migrations.status.MigrationStatusReader;
import org.opsdb.migrations.test.snapshot.SchemaSnapshot;

/** What the checks of one run share: the migrations, their database, the snapshot and the declared heads. */
final class CheckSession {

    private final Migrations migrations;
    private final DataSource dataSource;
    private final SchemaSnapshot snapshot;
    private final List<String> declaredHeads;
    private final ModelComparison modelComparison;
    private final MigrationStatusReader status;

    CheckSession(Migrations migrations, DataSource dataSource, SchemaSnapshot snapshot, List<String> declaredHeads,
                 ModelComparison modelComparison) {
        this.migrations = migrations;
        this.dataSource = dataSource;
        this.snapshot = snapshot;
        this.declaredHeads = List.copyOf(declaredHeads);
        this.modelComparison = modelComparison;
        this.status = new MigrationStatusReader(migrations);
    }

    Migrations migrations() {
        return migrations;
    }

    /** The core's reader of current revisions, heads and checksum drift, as the starter and the console use it. */
    MigrationStatusReader status() {
        return status;
    }

    RevisionGraph graph() {
        return migrations.graph();
    }

    DataSource dataSource() {
        return dataSource;
    }

    List<String> declaredHeads() {
        return declaredHeads;
    }

    ModelComparison modelComparison() {
        return modelComparison;
    }

    /** Empties the database. */
    void reset() {
        DatabaseReset.wipe(dataSource, migrations.ownTables());
    }

    /** Runs a migration command; its one-line error becomes the check's failure message. */
    <T> T command(Supplier<T> command) {
        try {
            return command.get();
        } catch (MigrationException | RevisionException e) {
            throw new MigrationCheckFailure(e.getMessage(), e);
        }
    }

    /** Every revision the database's version table implies is applied. */
    Set<String> applied() {
        Set<String> heads = command(status::current).stream().map(Revision::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return graph().appliedSet(heads);
    }

    /** The schema as canonical lines. */
    List<String> snapshot() {
        try (Connection connection = dataSource.getConnection()) {
            return snapshot.capture(connection);
        } catch (SQLException e) {
            throw new MigrationCheckFailure("Could not take a schema snapshot: " + e.getMessage(), e);
        }
    }

    /** {@code id (source)}, as failure messages name a revision. */
    static String describe(Revision revision) {
        return revision.id() + " (" + revision.source() + ")";
    }
}
