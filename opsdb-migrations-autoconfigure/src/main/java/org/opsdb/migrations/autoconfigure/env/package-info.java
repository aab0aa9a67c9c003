/** Connection settings from the ops-db environment variables, in place of dynaconf. */
package org.opsdb.migrations.autoconfigure.env;
