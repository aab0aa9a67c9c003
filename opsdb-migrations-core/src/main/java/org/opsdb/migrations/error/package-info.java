/** The root type of the engine's exceptions, whose message is the one line a user reads. */
package org.opsdb.migrations.error;
