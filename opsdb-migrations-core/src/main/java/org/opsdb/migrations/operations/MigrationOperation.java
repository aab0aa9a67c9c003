package org.opsdb.migrations.operations;

import java.util.Optional;

/**
 * One schema change, as an immutable value. Operations carry no SQL; the dialect renderer
 * ({@code org.opsdb.migrations.ddl.PostgresDdl}) turns them into statements.
 */
public interface MigrationOperation {

    /**
     * The operation that undoes this one, or empty when this operation does not carry enough information to
     * be undone (for example a drop table without the table's definition, or raw SQL).
     */
    Optional<MigrationOperation> reverse();
}
