/**
 * The CI round trip ({@code upgrade heads}, then for each head a downgrade that removes just that head and
 * {@code upgrade heads} again), shared by the console's {@code roundtrip} command and the test kit's round-trip check.
 */
package org.opsdb.migrations.roundtrip;
