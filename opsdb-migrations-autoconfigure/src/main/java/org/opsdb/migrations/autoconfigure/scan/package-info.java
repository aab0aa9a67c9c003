/** Finding migration scripts and classes on the classpath with Spring's resource resolver. */
package org.opsdb.migrations.autoconfigure.scan;
