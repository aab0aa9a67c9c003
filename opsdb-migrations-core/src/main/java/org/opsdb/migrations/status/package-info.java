/**
 * The state of a database against the scripts (current, pending, drifted), shared by the starter's runner in
 * validate mode, its health indicator and actuator endpoint, the console and the test kit.
 */
package org.opsdb.migrations.status;
