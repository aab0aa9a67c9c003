/** Hibernate integration: {@code ddl-auto} defaults to {@code none} where migrations manage the schema. */
package org.opsdb.migrations.autoconfigure.hibernate;
