/** Running migrations when the application starts, ordered before JPA. */
package org.opsdb.migrations.autoconfigure.runner;
