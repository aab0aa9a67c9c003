package org.opsdb.migrations.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opsdb.migrations.operations.AddColumn;
import org.opsdb.migrations.operations.AddConstraint;
import org.opsdb.migrations.operations.CreateIndex;
import org.opsdb.migrations.operations.CreateSchema;
import org.opsdb.migrations.operations.CreateSequence;
import org.opsdb.migrations.operations.CreateTable;
import org.opsdb.migrations.operations.DropColumn;
import org.opsdb.migrations.operations.DropConstraint;
import org.opsdb.migrations.operations.DropIndex;
import org.opsdb.migrations.operations.DropSequence;
import org.opsdb.migrations.operations.DropTable;
import org.opsdb.migrations.operations.MigrationOperation;
import org.opsdb.migrations.operations.OutsideTransaction;

/**
 * Makes a script with outside-transaction blocks safe to run again after it failed part way. A block commits what
 * ran before it, and its statements commit one by one; after a failure the version table does not name the
 * revision, so the next {@code upgrade} runs it from the start. Every operation up to the last block therefore
 * takes its {@code IF [NOT] EXISTS} form, and a constraint added there is first dropped {@code IF EXISTS}; what
 * follows the last block runs in the revision's final transaction, with the version row, and stays as it is.
 * A constraint is dropped once, however many of these drops precede its addition; adjacent blocks are joined into
 * one.
 */
final class RerunnableScript {

    private RerunnableScript() {
    }

    /** {@code operations}, rerunnable up to the last block, adjacent blocks joined. */
    static List<MigrationOperation> of(List<MigrationOperation> operations) {
        int lastBlock = -1;
        for (int i = 0; i < operations.size(); i++) {
            if (operations.get(i) instanceof OutsideTransaction) {
                lastBlock = i;
            }
        }
        List<MigrationOperation> result = new ArrayList<>();
        Set<MigrationOperation> dropped = new HashSet<>();
        for (int i = 0; i < operations.size(); i++) {
            MigrationOperation operation = operations.get(i);
            List<MigrationOperation> forms = i < lastBlock ? rerunnable(operation) : List.of(operation);
            for (MigrationOperation form : forms) {
                if (form instanceof DropConstraint && !dropped.add(form)) {
                    continue; // dropped before (it changed), and not added since
                }
                if (form instanceof AddConstraint add && add.constraint().name() != null) {
                    dropped.remove(new DropConstraint(add.table(), add.constraint().name(), true, false));
                }
                int end = result.size() - 1;
                if (form instanceof OutsideTransaction block && end >= 0
                        && result.get(end) instanceof OutsideTransaction previous) {
                    List<MigrationOperation> joined = new ArrayList<>(previous.operations());
                    joined.addAll(block.operations());
                    result.set(end, new OutsideTransaction(joined));
                } else {
                    result.add(form);
                }
            }
        }
        return result;
    }

    /** The form of {@code operation} that does nothing, or does the same again, when it already ran. */
    private static List<MigrationOperation> rerunnable(MigrationOperation operation) {
        if (operation instanceof AddConstraint add && add.usingIndex() == null && add.constraint().name() != null) {
            return List.of(new DropConstraint(add.table(), add.constraint().name(), true, false), add);
        }
        return List.of(ifExists(operation));
    }

    private static MigrationOperation ifExists(MigrationOperation operation) {
        if (operation instanceof AddColumn add) {
            return add.withIfNotExists();
        }
        if (operation instanceof DropColumn drop) {
            return new DropColumn(drop.table(), drop.column(), true, drop.cascade());
        }
        if (operation instanceof CreateIndex index) {
            return index.withIfNotExists();
        }
        if (operation instanceof DropIndex drop) {
            return drop.withIfExists();
        }
        if (operation instanceof DropConstraint drop) {
            return drop.withIfExists();
        }
        if (operation instanceof CreateTable create) {
            return new CreateTable(create.table(), create.columns(), create.constraints(), create.comment(), true);
        }
        if (operation instanceof DropTable drop) {
            return new DropTable(drop.table(), true, drop.cascade());
        }
        if (operation instanceof CreateSchema create) {
            return new CreateSchema(create.schema(), true);
        }
        if (operation instanceof CreateSequence create) {
            return new CreateSequence(create.sequence(), create.options(), true);
        }
        if (operation instanceof DropSequence drop) {
            return new DropSequence(drop.sequence(), true, drop.cascade());
        }
        return operation;
    }
}
