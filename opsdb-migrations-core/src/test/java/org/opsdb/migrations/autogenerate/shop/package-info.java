/**
 * A realistic entity model for autogenerate tests: two schemas ({@code public} and {@code billing}), unique
 * columns, {@code @EmbeddedId} and {@code @IdClass} keys, STRING and ORDINAL enums, arrays, timestamps with and
 * without time zone and precision, large text, numerics, UUIDs, foreign keys across schemas and indexes.
 */
package org.opsdb.migrations.autogenerate.shop;
