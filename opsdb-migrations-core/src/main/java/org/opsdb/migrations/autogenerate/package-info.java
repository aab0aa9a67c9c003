/**
 * Autogenerate commands: compare the mapped model with a database ({@code revision --autogenerate},
 * {@code check}), create a schema from the model ({@code init}) and diff two databases ({@code diff}).
 */
package org.opsdb.migrations.autogenerate;
