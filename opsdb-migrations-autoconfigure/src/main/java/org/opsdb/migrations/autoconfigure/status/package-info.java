/** The state of a database against the scripts, shared by the runner's validate mode, health and endpoint. */
package org.opsdb.migrations.autoconfigure.status;
