/** The production guard that refuses destructive commands under production profiles. */
package org.opsdb.migrations.autoconfigure.guard;
