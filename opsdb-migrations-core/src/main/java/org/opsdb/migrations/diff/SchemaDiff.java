package org.opsdb.migrations.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.opsdb.migrations.operations.AddColumn;
import org.opsdb.migrations.operations.AddConstraint;
import org.opsdb.migrations.operations.AlterColumn;
import org.opsdb.migrations.operations.AlterSequence;
import org.opsdb.migrations.operations.Change;
import org.opsdb.migrations.operations.CheckConstraint;
import org.opsdb.migrations.operations.Column;
import org.opsdb.migrations.operations.CreateEnum;
import org.opsdb.migrations.operations.CreateIndex;
import org.opsdb.migrations.operations.CreateSchema;
import org.opsdb.migrations.operations.CreateSequence;
import org.opsdb.migrations.operations.CreateTable;
import org.opsdb.migrations.operations.DropColumn;
import org.opsdb.migrations.operations.DropConstraint;
import org.opsdb.migrations.operations.DropEnum;
import org.opsdb.migrations.operations.DropIndex;
import org.opsdb.migrations.operations.DropSchema;
import org.opsdb.migrations.operations.DropSequence;
import org.opsdb.migrations.operations.DropTable;
import org.opsdb.migrations.operations.ForeignKeyConstraint;
import org.opsdb.migrations.operations.MigrationOperation;
import org.opsdb.migrations.operations.QualifiedName;
import org.opsdb.migrations.operations.RenameConstraint;
import org.opsdb.migrations.operations.RenameIndex;
import org.opsdb.migrations.operations.RenameTable;
import org.opsdb.migrations.operations.SequenceOptions;
import org.opsdb.migrations.operations.SetTableComment;
import org.opsdb.migrations.operations.SetTableSchema;
import org.opsdb.migrations.operations.TableConstraint;
import org.opsdb.migrations.reflect.ReflectionScope;
import org.opsdb.migrations.schema.SchemaModel;
import org.opsdb.migrations.schema.SequenceModel;
import org.opsdb.migrations.schema.TableModel;

/**
 * Compares two schema models and yields the operations that turn the first into the second, in an order
 * PostgreSQL accepts: schemas, enum types, domains and sequences before the tables that use them; foreign keys dropped
 * before anything else and added after every table exists (so cycles need nothing special); tables, sequences,
 * domains, enum types and schemas dropped last. The downgrade is the same comparison in the other direction, so it
 * always carries full definitions (an enum type created by the upgrade is dropped by the downgrade).
 * Unnamed constraints and indexes are named by the {@link NamingConvention} first.
 * <p>
 * With safe forms (the default), a change to a table that exists on both sides takes the {@link SafeForms} that keep
 * it writable (indexes built and dropped concurrently outside the transaction, constraints added {@code NOT VALID}
 * and validated apart, {@code SET NOT NULL} through a validated check, UNIQUE and PRIMARY KEY over a concurrent
 * unique index), and the script is made {@linkplain RerunnableScript rerunnable}; a table created by the same script
 * keeps the plain forms. Without them, every change takes its plain form.
 */
public final class SchemaDiff {

    private final NamingConvention naming;
    private final RenameHints hints;
    private final boolean safeForms;

    /** A comparison with PostgreSQL's naming, no rename hints, and safe forms. */
    public SchemaDiff() {
        this(NamingConvention.POSTGRESQL, RenameHints.none());
    }

    /** A comparison with the given naming convention and rename hints, and safe forms. */
    public SchemaDiff(NamingConvention naming, RenameHints hints) {
        this(naming, hints, true);
    }

    /**
     * A comparison with the given naming convention and rename hints.
     *
     * @param safeForms whether changes to tables that exist take their safe forms (else the plain ones)
     */
    public SchemaDiff(NamingConvention naming, RenameHints hints, boolean safeForms) {
        this.naming = Objects.requireNonNull(naming, "naming");
        this.hints = Objects.requireNonNull(hints, "hints");
        this.safeForms = safeForms;
    }

    /** Compares {@code from} (e.g. the database) with {@code to} (e.g. the entities). */
    public DiffResult compare(SchemaModel from, SchemaModel to) {
        SchemaModel a = naming.apply(from);
        SchemaModel b = naming.apply(to);
        Plan up = new Plan(a, b, hints, true, safeForms);
        Plan down = new Plan(b, a, hints.inverse(), false, safeForms);
        return new DiffResult(up.operations(), down.operations(), up.differences, up.warnings);
    }

    /** One direction of a comparison. */
    private static final class Plan {
        private final Map<DiffPhase, List<MigrationOperation>> phases = new EnumMap<>(DiffPhase.class);
        private final List<String> differences = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final boolean warn;
        private final boolean safe;
        /** Tables renamed or moved so far: old name → new name. */
        private final Map<QualifiedName, QualifiedName> relocated = new LinkedHashMap<>();
        private SchemaModel from;
        private final SchemaModel to;

        Plan(SchemaModel from, SchemaModel to, RenameHints hints, boolean warn, boolean safe) {
            for (DiffPhase phase : DiffPhase.values()) {
                phases.put(phase, new ArrayList<>());
            }
            this.from = from;
            this.to = to;
            this.warn = warn;
            this.safe = safe;
            compareSchemas();
            EnumChanges enums = new EnumChanges(this::add, this::warn);
            this.from = enums.renameLabels(from, to, hints);
            enums.compare(this.from, to);
            new DomainChanges(this::add, this::warn).compare(from, to);
            renameTables(hints);
            moveTables();
            renameColumns(hints);
            compareSequences();
            compareTables();
        }

        List<MigrationOperation> operations() {
            List<MigrationOperation> operations = phases.values().stream().flatMap(List::stream).toList();
            return safe ? RerunnableScript.of(operations) : operations;
        }

        private void add(DiffPhase phase, MigrationOperation operation, String difference) {
            if (operation != null) {
                phases.get(phase).add(operation);
            }
            if (difference != null) {
                differences.add(difference);
            }
        }

        private void warn(String warning) {
            if (warn && !warnings.contains(warning)) {
                warnings.add(warning);
            }
        }

        private void compareSchemas() {
            for (String schema : to.schemas()) {
                if (!from.schemas().contains(schema)) {
                    add(DiffPhase.SCHEMAS, new CreateSchema(schema, false), "add schema " + schema);
                }
            }
            for (String schema : from.schemas()) {
                if (!to.schemas().contains(schema)) {
                    add(DiffPhase.DROP_SCHEMAS, new DropSchema(schema, false, false), "drop schema " + schema);
                }
            }
        }

        /** Renames and moves the hinted tables; a hint that matches no dropped and added pair is refused. */
        private void renameTables(RenameHints hints) {
            for (Map.Entry<QualifiedName, QualifiedName> hint : hints.tables().entrySet()) {
                QualifiedName old = RenameHints.resolve(hint.getKey(), name -> from.table(name).isPresent());
                QualifiedName renamed = RenameHints.resolve(hint.getValue(), name -> to.table(name).isPresent());
                if (!old.equals(renamed) && from.table(old).isPresent() && to.table(renamed).isPresent()
                        && from.table(renamed).isEmpty()) {
                    relocate(old, renamed);
                } else if (warn) {
                    throw UnmatchedRenameHint.table(hint.getKey(), hint.getValue(), from, to);
                }
            }
        }

        /**
         * Moves each table the other side has under the same name in exactly one other schema, with the same columns
         * (names and types): {@code ALTER TABLE ... SET SCHEMA} keeps its rows where a drop and a create would lose
         * them, so such a pair is taken as a move without a hint (and said so in a warning).
         */
        private void moveTables() {
            for (TableModel gone : from.tables()) {
                if (to.table(gone.name()).isPresent()) {
                    continue;
                }
                List<TableModel> targets = to.tables().stream()
                        .filter(t -> from.table(t.name()).isEmpty() && isMovedCopy(gone, t)).toList();
                if (targets.size() == 1 && from.tables().stream()
                        .filter(t -> to.table(t.name()).isEmpty() && isMovedCopy(t, targets.get(0))).count() == 1) {
                    QualifiedName target = targets.get(0).name();
                    warn("table " + gone.name() + " moved to schema " + schemaOf(target) + " (same name, same"
                            + " columns): ALTER TABLE " + gone.name() + " SET SCHEMA " + schemaOf(target)
                            + " keeps its rows, indexes, constraints and owned sequences");
                    relocate(gone.name(), target);
                }
            }
        }

        private static boolean isMovedCopy(TableModel a, TableModel b) {
            return !Objects.equals(a.name().schema(), b.name().schema()) && a.name().name().equals(b.name().name())
                    && a.columns().size() == b.columns().size() && a.columns().stream().allMatch(c -> b.column(c.name())
                    .filter(other -> TypeChanges.sameType(c.type(), other.type())).isPresent());
        }

        private static String schemaOf(QualifiedName table) {
            return table.schemaName().orElse(ReflectionScope.DEFAULT_SCHEMA);
        }

        /**
         * Moves and/or renames table {@code old} to {@code target}; constraints and indexes named after the old table
         * by PostgreSQL's convention ({@code old_pkey}, {@code old_col_key}, ...) that the other side names after the
         * new one are renamed with it, so that keys other tables' foreign keys depend on are never re-created.
         */
        private void relocate(QualifiedName old, QualifiedName target) {
            QualifiedName current = old;
            if (!Objects.equals(old.schema(), target.schema())) {
                add(DiffPhase.RENAME_TABLES, new SetTableSchema(old, schemaOf(target)),
                        "move table " + old + " to schema " + schemaOf(target));
                current = QualifiedName.of(target.schema(), old.name());
                from = ModelRenames.renameTable(from, old, current);
            }
            if (!current.name().equals(target.name())) {
                add(DiffPhase.RENAME_TABLES, new RenameTable(current, target.name()),
                        "rename table " + current + " to " + target.name());
                from = ModelRenames.renameTable(from, current, target);
                renameConstraints(old.name(), target);
            }
            relocated.put(old, target);
        }

        private void renameConstraints(String oldName, QualifiedName table) {
            TableModel before = from.table(table).orElseThrow();
            TableModel after = to.table(table).orElseThrow();
            Set<String> taken = constraintAndIndexNames(before);
            Set<String> wanted = constraintAndIndexNames(after);
            Map<String, String> names = new LinkedHashMap<>();
            for (String name : taken) {
                String renamed = name.startsWith(oldName + "_") ? table.name() + name.substring(oldName.length()) : name;
                if (!wanted.contains(name) && wanted.contains(renamed) && !taken.contains(renamed)) {
                    names.put(name, renamed);
                    boolean index = before.indexes().stream().anyMatch(ix -> ix.name().equals(name));
                    add(DiffPhase.RENAME_TABLES, index ? new RenameIndex(table.withName(name), renamed)
                            : new RenameConstraint(table, name, renamed), null);
                }
            }
            from = ModelRenames.renameConstraints(from, table, names);
        }

        private static Set<String> constraintAndIndexNames(TableModel table) {
            Set<String> names = new LinkedHashSet<>();
            table.constraints().forEach(c -> names.add(c.name()));
            table.indexes().forEach(ix -> names.add(ix.name()));
            return names;
        }

        /** Renames the hinted columns; a hint that matches no dropped and added pair is refused. */
        private void renameColumns(RenameHints hints) {
            for (Map.Entry<RenameHints.ColumnKey, String> hint : hints.columns().entrySet()) {
                QualifiedName named = RenameHints.resolve(hint.getKey().table(), name -> relocated.containsKey(name)
                        || from.table(name).isPresent());
                QualifiedName table = relocated.getOrDefault(named, named);
                String old = hint.getKey().column();
                String renamed = hint.getValue();
                Optional<TableModel> before = from.table(table);
                Optional<TableModel> after = to.table(table);
                if (before.isPresent() && after.isPresent() && before.get().column(old).isPresent()
                        && before.get().column(renamed).isEmpty() && after.get().column(renamed).isPresent()) {
                    add(DiffPhase.COLUMNS, AlterColumn.of(table.toString(), old).rename(renamed),
                            "rename column " + table + "." + old + " to " + renamed);
                    from = ModelRenames.renameColumn(from, table, old, renamed);
                } else if (warn) {
                    throw UnmatchedRenameHint.column(hint.getKey().table(), table, old, renamed, from, to);
                }
            }
        }

        private void compareSequences() {
            for (SequenceModel sequence : to.sequences()) {
                Optional<SequenceModel> existing = from.sequences().stream()
                        .filter(s -> s.name().equals(sequence.name())).findFirst();
                SequenceOptions options = sequence.options();
                if (existing.isEmpty()) {
                    add(DiffPhase.SEQUENCES, new CreateSequence(sequence.name(), withoutOwner(options), false),
                            "add sequence " + sequence.name());
                    if (options.ownedBy() != null) {
                        add(DiffPhase.SEQUENCE_OWNERS, new AlterSequence(sequence.name(), ownerOnly(options)), null);
                    }
                } else if (!existing.get().options().equals(options)) {
                    add(DiffPhase.SEQUENCE_OWNERS, new AlterSequence(sequence.name(),
                            SequenceChanges.between(existing.get().options(), options)),
                            "alter sequence " + sequence.name() + ": "
                                    + SequenceChanges.describe(existing.get().options(), options));
                }
            }
            for (SequenceModel sequence : from.sequences()) {
                if (to.sequences().stream().noneMatch(s -> s.name().equals(sequence.name()))) {
                    add(DiffPhase.DROP_SEQUENCES, new DropSequence(sequence.name(), false, false),
                            "drop sequence " + sequence.name());
                }
            }
        }

        private static SequenceOptions withoutOwner(SequenceOptions o) {
            return new SequenceOptions(o.dataType(), o.start(), o.increment(), o.minValue(), o.maxValue(), o.cache(),
                    o.cycle(), null);
        }

        private static SequenceOptions ownerOnly(SequenceOptions o) {
            return new SequenceOptions(null, null, null, null, null, null, null, o.ownedBy());
        }

        private void compareTables() {
            for (TableModel before : from.tables()) {
                Optional<TableModel> after = to.table(before.name());
                for (ForeignKeyConstraint fk : before.foreignKeys()) {
                    if (after.isEmpty() || !after.get().foreignKeys().contains(fk)) {
                        add(DiffPhase.DROP_FOREIGN_KEYS, new DropConstraint(before.name(), fk.name(), false, false),
                                after.isEmpty() ? null : "drop foreign key " + fk.name() + " on " + before.name());
                    }
                }
                if (after.isEmpty()) {
                    add(DiffPhase.DROP_TABLES, new DropTable(before.name(), false, false),
                            "drop table " + before.name());
                    warn("drops table " + before.name() + " and all its rows");
                    reportProbableTableRename(before);
                }
            }
            for (TableModel after : to.tables()) {
                Optional<TableModel> before = from.table(after.name());
                if (before.isEmpty()) {
                    createTable(after);
                } else {
                    new TableChanges(before.get(), after, from, this::add, this::warn, safe).compare();
                }
                for (ForeignKeyConstraint fk : after.foreignKeys()) {
                    if (before.isEmpty() || !before.get().foreignKeys().contains(fk)) {
                        String difference = "add foreign key " + fk.name() + " on " + after.name();
                        if (safe && before.isPresent()) {
                            SafeForms.addValidated(after.name(), fk)
                                    .forEach(op -> add(DiffPhase.ADD_FOREIGN_KEYS, op, null));
                            add(DiffPhase.ADD_FOREIGN_KEYS, null, difference);
                        } else {
                            add(DiffPhase.ADD_FOREIGN_KEYS, new AddConstraint(after.name(), fk), difference);
                        }
                    }
                }
            }
        }

        private void reportProbableTableRename(TableModel dropped) {
            List<String> columns = dropped.columns().stream().map(Column::name).toList();
            for (TableModel added : to.tables()) {
                if (from.table(added.name()).isEmpty()
                        && added.columns().stream().map(Column::name).toList().equals(columns)) {
                    warn("table " + dropped.name() + " may have been renamed to " + added.name()
                            + " (same columns): to keep its rows, pass "
                            + RenameHints.tableOption(dropped.name(), added.name()) + " (rename hint table(\""
                            + dropped.name() + "\", \"" + RenameHints.tableTarget(dropped.name(), added.name()) + "\"))");
                }
            }
        }

        private void createTable(TableModel table) {
            List<TableConstraint> constraints = new ArrayList<>();
            if (table.primaryKey() != null) {
                constraints.add(table.primaryKey());
            }
            constraints.addAll(table.uniques());
            constraints.addAll(table.checks());
            add(DiffPhase.CREATE_TABLES, new CreateTable(table.name(), table.columns(), constraints, table.comment(),
                    false), "add table " + table.name());
            for (CreateIndex index : table.indexes()) {
                add(DiffPhase.CREATE_TABLES, index, null);
            }
        }
    }

    /**
     * Receives one operation for a phase, with its one-line description ({@code null}: part of another change);
     * a {@code null} operation only records a description.
     */
    @FunctionalInterface
    interface Sink {
        void add(DiffPhase phase, MigrationOperation operation, String difference);
    }

    /** Changes within one table that exists on both sides. */
    private static final class TableChanges {
        private final TableModel before;
        private final TableModel after;
        private final SchemaModel fromModel;
        private final Sink sink;
        private final java.util.function.Consumer<String> warn;
        private final boolean safe;

        TableChanges(TableModel before, TableModel after, SchemaModel fromModel, Sink sink,
                     java.util.function.Consumer<String> warn, boolean safe) {
            this.before = before;
            this.after = after;
            this.fromModel = fromModel;
            this.sink = sink;
            this.warn = warn;
            this.safe = safe;
        }

        void compare() {
            QualifiedName table = after.name();
            dropChangedConstraints(table);
            Set<String> dropped = new LinkedHashSet<>();
            for (Column column : before.columns()) {
                if (after.column(column.name()).isEmpty()) {
                    dropped.add(column.name());
                    sink.add(DiffPhase.COLUMNS, new DropColumn(table, column.name(), false, false),
                            "drop column " + table + "." + column.name());
                    warn.accept("drops column " + table + "." + column.name() + " and its data");
                }
            }
            for (Column column : after.columns()) {
                Optional<Column> old = before.column(column.name());
                if (old.isEmpty()) {
                    addColumn(table, column, dropped);
                } else if (!old.get().equals(column)) {
                    alterColumn(table, old.get(), column);
                }
            }
            if (!Objects.equals(before.comment(), after.comment())) {
                sink.add(DiffPhase.COLUMNS, new SetTableComment(table, Change.to(after.comment())),
                        "change comment of table " + table);
            }
            addChangedConstraints(table);
        }

        private void dropChangedConstraints(QualifiedName table) {
            for (CreateIndex index : before.indexes()) {
                if (!after.indexes().contains(index)) {
                    DropIndex drop = new DropIndex(index.indexName(), false, false, false);
                    sink.add(DiffPhase.DROP_CONSTRAINTS, safe ? SafeForms.dropIndex(drop) : drop,
                            "drop index " + index.name() + " on " + table);
                }
            }
            List<TableConstraint> kept = after.constraints();
            for (TableConstraint constraint : before.constraints()) {
                if (!(constraint instanceof ForeignKeyConstraint) && !kept.contains(constraint)) {
                    sink.add(DiffPhase.DROP_CONSTRAINTS, new DropConstraint(table, constraint.name(), false, false),
                            "drop constraint " + constraint.name() + " on " + table);
                }
            }
        }

        private void addChangedConstraints(QualifiedName table) {
            List<TableConstraint> existing = before.constraints();
            for (TableConstraint constraint : after.constraints()) {
                if (!(constraint instanceof ForeignKeyConstraint) && !existing.contains(constraint)) {
                    addConstraint(table, constraint);
                    sink.add(DiffPhase.ADD_CONSTRAINTS, null, "add constraint " + constraint.name() + " on " + table);
                    ConstraintWarnings.onExistingRows(before, table, constraint).ifPresent(warn);
                }
            }
            for (CreateIndex index : after.indexes()) {
                if (!before.indexes().contains(index)) {
                    sink.add(DiffPhase.ADD_CONSTRAINTS, safe ? SafeForms.createIndex(index) : index,
                            "add index " + index.name() + " on " + table);
                    ConstraintWarnings.onExistingRows(before, table, index).ifPresent(warn);
                }
            }
        }

        /** A CHECK validated apart, a key over a unique index built concurrently; with plain forms, as it is. */
        private void addConstraint(QualifiedName table, TableConstraint constraint) {
            if (!safe) {
                sink.add(DiffPhase.ADD_CONSTRAINTS, new AddConstraint(table, constraint), null);
            } else if (constraint instanceof CheckConstraint) {
                SafeForms.addValidated(table, constraint).forEach(op -> sink.add(DiffPhase.ADD_CONSTRAINTS, op, null));
            } else {
                sink.add(DiffPhase.ADD_CONSTRAINTS, SafeForms.uniqueIndex(table, constraint), null);
                sink.add(DiffPhase.ATTACH_INDEXES, SafeForms.attachIndex(table, constraint), null);
            }
        }

        /** {@code SET NOT NULL}; with safe forms, through a validated check. */
        private void setNotNull(QualifiedName table, String column) {
            if (safe) {
                SafeForms.setNotNull(table, column).forEach(op -> sink.add(DiffPhase.COLUMNS, op, null));
            } else {
                sink.add(DiffPhase.COLUMNS, AlterColumn.of(table, column).setNotNull(), null);
            }
        }

        private void addColumn(QualifiedName table, Column column, Set<String> dropped) {
            if (safe && SafeForms.rewritesForDefault(column)) {
                SafeForms.addWithVolatileDefault(table, column).forEach(op -> sink.add(DiffPhase.COLUMNS, op, null));
                sink.add(DiffPhase.COLUMNS, null, "add column " + table + "." + column.name());
            } else {
                sink.add(DiffPhase.COLUMNS, new AddColumn(table, column, false),
                        "add column " + table + "." + column.name());
            }
            boolean filledNeedsValue = !column.isNullable() && column.serverDefault() == null
                    && column.identity() == null && !column.type().endsWith("serial");
            if (filledNeedsValue) {
                Column nullable = new Column(column.name(), column.type(), true, null, null, null, false);
                warn.accept("adds NOT NULL column " + table + "." + column.name() + " without a default: this fails"
                        + " if " + table + " has rows\nsafe form: " + SafeForms.statements(new AddColumn(table, nullable,
                        false)) + " " + SafeForms.backfillAndSetNotNull(table, column.name(), "<value>")
                        + " (or give it a server default: " + SafeForms.statements(new AddColumn(table,
                        column.serverDefault("<value>"), false)) + ")");
            }
            for (String old : dropped) {
                Column gone = before.column(old).orElseThrow();
                if (TypeChanges.sameType(gone.type(), column.type())) {
                    warn.accept("column " + table + "." + old + " may have been renamed to " + column.name()
                            + " (both " + column.type() + "): to keep its data, pass "
                            + RenameHints.columnOption(table, old, column.name()) + " (rename hint column(\""
                            + table + "\", \"" + old + "\", \"" + column.name() + "\"))");
                }
            }
        }

        private void alterColumn(QualifiedName table, Column old, Column now) {
            String where = table + "." + now.name();
            AlterColumn alter = AlterColumn.of(table.toString(), now.name());
            List<String> what = new ArrayList<>();
            if (!Objects.equals(old.identity(), now.identity())) {
                if (old.identity() != null) {
                    sink.add(DiffPhase.COLUMNS, AlterColumn.of(table, now.name()).dropIdentity(), null);
                }
            }
            boolean typeChanged = !TypeChanges.sameType(old.type(), now.type());
            boolean defaultChanged = !Objects.equals(old.serverDefault(), now.serverDefault());
            if (typeChanged && old.serverDefault() != null && !defaultChanged) {
                // the old default may not cast to the new type: drop it around the change
                alter = alter.dropDefault();
                sink.add(DiffPhase.COLUMNS, alter, null);
                alter = AlterColumn.of(table.toString(), now.name());
                defaultChanged = true;
            } else if (typeChanged && defaultChanged && old.serverDefault() != null) {
                sink.add(DiffPhase.COLUMNS, AlterColumn.of(table.toString(), now.name()).dropDefault(), null);
            }
            if (typeChanged) {
                alter = alter.type(now.type()).usingCast();
                what.add("type " + old.type() + " -> " + now.type());
                if (TypeChanges.isNarrowing(old.type(), now.type())) {
                    warn.accept("narrows " + where + " from " + old.type() + " to " + now.type()
                            + ": values that do not fit make the upgrade fail");
                }
            }
            boolean nowNotNull = !now.isNullable() && now.identity() == null;
            boolean wasNotNull = !old.isNullable() && old.identity() == null;
            boolean setNotNull = false;
            if (nowNotNull != wasNotNull && !(now.identity() != null || old.identity() != null)) {
                setNotNull = !now.isNullable();
                alter = now.isNullable() ? alter.dropNotNull() : safe ? alter : alter.setNotNull();
                what.add(now.isNullable() ? "drop not null" : "set not null");
                if (!now.isNullable()) {
                    warn.accept("sets NOT NULL on " + where + ": this fails if a row holds NULL\nsafe form: "
                            + SafeForms.backfillAndSetNotNull(table, now.name(),
                            now.serverDefault() == null ? "<value>" : "DEFAULT"));
                }
            }
            if (defaultChanged && now.identity() == null) {
                alter = alter.serverDefault(now.serverDefault());
                what.add(now.serverDefault() == null ? "drop default" : "default " + now.serverDefault());
            }
            if (!Objects.equals(old.comment(), now.comment())) {
                alter = alter.comment(now.comment());
                what.add("comment");
            }
            if (alter.type() != null || alter.nullable() != null || alter.serverDefault() != null
                    || alter.comment() != null) {
                sink.add(DiffPhase.COLUMNS, alter, null);
            }
            if (setNotNull && safe) {
                setNotNull(table, now.name());
            }
            if (!Objects.equals(old.identity(), now.identity()) && now.identity() != null) {
                if (old.isNullable()) {
                    setNotNull(table, now.name());
                }
                sink.add(DiffPhase.COLUMNS, AlterColumn.of(table, now.name()).identity(now.identity()), null);
                what.add("identity " + now.identity());
            } else if (!Objects.equals(old.identity(), now.identity())) {
                what.add("drop identity");
                if (now.isNullable()) {
                    sink.add(DiffPhase.COLUMNS, AlterColumn.of(table, now.name()).dropNotNull(), null);
                }
            }
            if (!what.isEmpty()) {
                sink.add(DiffPhase.COLUMNS, null, "alter column " + where + ": " + String.join(", ", what));
            }
        }
    }
}
