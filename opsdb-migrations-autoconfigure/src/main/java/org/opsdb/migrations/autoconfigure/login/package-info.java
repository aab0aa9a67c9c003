/** What a refused login says about how to give the connection's user, in the words of the console or the service. */
package org.opsdb.migrations.autoconfigure.login;
