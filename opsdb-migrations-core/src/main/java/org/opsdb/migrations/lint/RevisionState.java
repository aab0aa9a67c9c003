package org.opsdb.migrations.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opsdb.migrations.lint.StatementForm.AddEnumValue;
import org.opsdb.migrations.lint.StatementForm.AlterTable;
import org.opsdb.migrations.lint.StatementForm.CreateIndex;
import org.opsdb.migrations.lint.StatementForm.CreateTable;
import org.opsdb.migrations.lint.StatementForm.Dml;
import org.opsdb.migrations.lint.StatementForm.DropIndex;
import org.opsdb.migrations.lint.StatementForm.DropTable;
import org.opsdb.migrations.lint.StatementForm.LockTable;
import org.opsdb.migrations.lint.StatementForm.Reindex;
import org.opsdb.migrations.lint.StatementForm.Rewrite;
import org.opsdb.migrations.lint.TableAction.AddColumn;
import org.opsdb.migrations.lint.TableAction.AddConstraint;
import org.opsdb.migrations.lint.TableAction.AlterColumnType;
import org.opsdb.migrations.lint.TableAction.ConstraintKind;
import org.opsdb.migrations.lint.TableAction.DropConstraint;
import org.opsdb.migrations.lint.TableAction.RenameColumn;
import org.opsdb.migrations.lint.TableAction.RenameTable;
import org.opsdb.migrations.lint.TableAction.SetNotNull;
import org.opsdb.migrations.lint.TableAction.ValidateConstraint;

/**
 * What the rules know at a statement: the target server version, which tables and columns existed before the
 * revision (a table created or a column added in it is not in use yet; one not seen created is assumed to exist),
 * column types and {@code CHECK (c IS NOT NULL)} constraints seen in the linted range or read from the catalog,
 * and what the current transaction has done (an ACCESS EXCLUSIVE lock it holds, enum values it added).
 */
final class RevisionState {

    /** A {@code CHECK (column IS NOT NULL)} constraint and whether it is validated. */
    private record NotNullCheck(String column, boolean valid) {
    }

    /** An ACCESS EXCLUSIVE lock held by the current transaction: the statement that took it and the table. */
    record ExclusiveLock(LintStatement statement, RelationName table) {
    }

    private final int serverVersion;
    private final LintCatalog catalog;
    /** Across the range: column types by table key, checks by table key, index key to table. */
    private final Map<String, Map<String, ColumnType>> columnTypes = new HashMap<>();
    private final Map<String, Map<String, NotNullCheck>> checks = new HashMap<>();
    private final Map<String, RelationName> indexTables = new HashMap<>();
    /** In the revision: tables created (or renamed from one created), columns added ({@code table.column}). */
    private final Set<String> newTables = new HashSet<>();
    private final Set<String> newColumns = new HashSet<>();
    /** In the current transaction. */
    private ExclusiveLock exclusiveLock;
    private final Map<String, LintStatement> enumValues = new LinkedHashMap<>();
    private boolean inTransaction;

    RevisionState(int serverVersion, LintCatalog catalog) {
        this.serverVersion = serverVersion;
        this.catalog = catalog;
    }

    /** The target server's {@code server_version_num}. */
    int serverVersion() {
        return serverVersion;
    }

    /**
     * Starts the next revision: its own tables are new; {@code ownTransaction} when it runs in a transaction of
     * its own (else the locks of the revisions before it are still held).
     */
    void startRevision(boolean ownTransaction) {
        newTables.clear();
        newColumns.clear();
        if (ownTransaction) {
            endTransaction();
        }
    }

    /** Whether {@code table} existed before the revision (so that the running release uses it). */
    boolean existing(RelationName table) {
        return table != null && !newTables.contains(table.key());
    }

    /** Whether {@code table.column} existed before the revision. */
    boolean existingColumn(RelationName table, String column) {
        return existing(table) && !newColumns.contains(table.key() + "." + column);
    }

    /** The table of an index, when the range or the catalog says. */
    Optional<RelationName> indexTable(RelationName index) {
        RelationName table = indexTables.get(index.key());
        return table != null ? Optional.of(table) : catalog.indexTable(index);
    }

    /** The type of a column before the statement, when the range or the catalog says. */
    Optional<ColumnType> columnType(RelationName table, String column) {
        ColumnType type = columnTypes.getOrDefault(table.key(), Map.of()).get(column);
        return type != null ? Optional.of(type) : catalog.columnType(table, column);
    }

    /** Whether the session time zone is UTC. */
    boolean utcSession() {
        return catalog.utcSession();
    }

    /** Whether a validated {@code CHECK (column IS NOT NULL)} exists on the table before the statement. */
    boolean validNotNullCheck(RelationName table, String column) {
        Map<String, NotNullCheck> tableChecks = checks.getOrDefault(table.key(), Map.of());
        if (tableChecks.values().stream().anyMatch(check -> check.column().equals(column) && check.valid())) {
            return true;
        }
        return !newTables.contains(table.key()) && catalog.hasValidNotNullCheck(table, column);
    }

    /** The ACCESS EXCLUSIVE lock on an existing table the current transaction holds, or null. */
    ExclusiveLock exclusiveLock() {
        return exclusiveLock;
    }

    /** The enum values added in the current transaction, each with its {@code ALTER TYPE} statement. */
    Map<String, LintStatement> enumValuesAdded() {
        return enumValues;
    }

    /**
     * Why {@code statement} is not instant (it scans, rewrites, builds an index, reads or writes rows), e.g.
     * {@code builds an index on obs}, or null when it only changes the catalog (or touches only new tables).
     */
    String slowBecause(LintStatement statement) {
        StatementForm form = statement.form();
        if (form instanceof CreateIndex index && !index.concurrently() && existing(index.table())) {
            return "builds an index on " + index.table();
        }
        if (form instanceof AlterTable alter && existing(alter.table())) {
            return slowAction(alter);
        }
        if (form instanceof Dml dml && !dml.valuesOnly()) {
            return "reads or writes rows";
        }
        if (form instanceof Rewrite rewrite) {
            return "rewrites " + (rewrite.table() == null ? "tables" : rewrite.table());
        }
        if (form instanceof Reindex reindex && !reindex.concurrently()) {
            return "rebuilds indexes";
        }
        return null;
    }

    private String slowAction(AlterTable alter) {
        RelationName table = alter.table();
        for (TableAction action : alter.actions()) {
            String why = null;
            if (action instanceof AddConstraint add && !add.notValid() && !add.usingIndex()) {
                why = add.kind() == ConstraintKind.CHECK || add.kind() == ConstraintKind.FOREIGN_KEY
                        ? "scans " + table : "builds an index on " + table;
            } else if (action instanceof ValidateConstraint) {
                why = "scans " + table;
            } else if (action instanceof SetNotNull set && scansForNotNull(table, set.column())) {
                why = "scans " + table;
            } else if (action instanceof AlterColumnType type && rewrites(table, type)) {
                why = "rewrites " + table;
            } else if (action instanceof AddColumn add) {
                why = rewritesForDefault(add) ? "rewrites " + table : add.inline() != null ? "scans " + table : null;
            }
            if (why != null) {
                return why;
            }
        }
        return null;
    }

    /** Whether SET NOT NULL scans the table: always before PostgreSQL 12, else unless a valid CHECK proves it. */
    boolean scansForNotNull(RelationName table, String column) {
        return serverVersion < 120000 || !validNotNullCheck(table, column);
    }

    /** Whether adding the column rewrites the table: a volatile default, or any default before PostgreSQL 11. */
    boolean rewritesForDefault(AddColumn add) {
        return add.volatileDefault() != null || serverVersion < 110000 && add.defaultSql() != null;
    }

    /** Whether a column type change rewrites the table (true when the current type is unknown). */
    boolean rewrites(RelationName table, AlterColumnType change) {
        Optional<ColumnType> current = columnType(table, change.column());
        return change.using() || change.type() == null || current.isEmpty()
                || !current.get().changesWithoutRewrite(change.type(), serverVersion, utcSession());
    }

    /** Records what {@code statement} did, once the rules have seen it. */
    void apply(LintStatement statement) {
        if (statement.outsideTransaction()) {
            endTransaction();
        } else if (!inTransaction) {
            inTransaction = true;
        }
        RelationName locked = exclusivelyLocked(statement);
        if (!statement.outsideTransaction() && exclusiveLock == null && locked != null && existing(locked)) {
            exclusiveLock = new ExclusiveLock(statement, locked);
        }
        StatementForm form = statement.form();
        if (form instanceof CreateTable create) {
            newTables.add(create.table().key());
            columnTypes.put(create.table().key(), new HashMap<>(create.columns()));
            Map<String, NotNullCheck> created = new HashMap<>();
            create.notNullChecks().forEach((name, column) -> created.put(name, new NotNullCheck(column, true)));
            checks.put(create.table().key(), created);
        } else if (form instanceof CreateIndex index && index.index() != null) {
            indexTables.put(index.index().key(), index.table());
        } else if (form instanceof DropTable drop) {
            drop.tables().forEach(table -> {
                columnTypes.remove(table.key());
                checks.remove(table.key());
            });
        } else if (form instanceof AddEnumValue add && !statement.outsideTransaction()) {
            enumValues.put(add.value(), statement);
        } else if (form instanceof AlterTable alter) {
            alter.actions().forEach(action -> applyAction(alter.table(), action));
        }
    }

    private void applyAction(RelationName table, TableAction action) {
        String key = table.key();
        Map<String, ColumnType> columns = columnTypes.computeIfAbsent(key, k -> new HashMap<>());
        Map<String, NotNullCheck> tableChecks = checks.computeIfAbsent(key, k -> new HashMap<>());
        if (action instanceof AddColumn add) {
            newColumns.add(key + "." + add.column());
            if (add.type() != null) {
                columns.put(add.column(), add.type());
            }
        } else if (action instanceof AlterColumnType type && type.type() != null) {
            columns.put(type.column(), type.type());
        } else if (action instanceof AddConstraint add && add.notNullColumn() != null && add.name() != null) {
            tableChecks.put(add.name(), new NotNullCheck(add.notNullColumn(), !add.notValid()));
        } else if (action instanceof ValidateConstraint validate && tableChecks.containsKey(validate.name())) {
            tableChecks.put(validate.name(), new NotNullCheck(tableChecks.get(validate.name()).column(), true));
        } else if (action instanceof DropConstraint drop) {
            tableChecks.remove(drop.name());
        } else if (action instanceof RenameColumn rename) {
            ColumnType type = columns.remove(rename.from());
            if (type != null) {
                columns.put(rename.to(), type);
            }
            if (newColumns.remove(key + "." + rename.from())) {
                newColumns.add(key + "." + rename.to());
            }
        } else if (action instanceof RenameTable rename) {
            columnTypes.put(rename.to(), columnTypes.remove(key));
            checks.put(rename.to(), checks.remove(key));
            if (newTables.remove(key)) {
                newTables.add(rename.to());
            }
        }
    }

    /** The table a statement takes ACCESS EXCLUSIVE on, or null. */
    private RelationName exclusivelyLocked(LintStatement statement) {
        StatementForm form = statement.form();
        if (form instanceof AlterTable alter && alter.actions().stream().anyMatch(TableAction::exclusive)) {
            return alter.table();
        }
        if (form instanceof DropIndex drop && !drop.concurrently()) {
            return indexTable(drop.indexes().get(0)).orElse(drop.indexes().get(0));
        }
        if (form instanceof DropTable drop) {
            return drop.tables().get(0);
        }
        if (form instanceof LockTable lock && lock.mode().equals("ACCESS EXCLUSIVE")) {
            return lock.tables().get(0);
        }
        return form instanceof Rewrite rewrite ? rewrite.table() : null;
    }

    private void endTransaction() {
        inTransaction = false;
        exclusiveLock = null;
        enumValues.clear();
    }
}
