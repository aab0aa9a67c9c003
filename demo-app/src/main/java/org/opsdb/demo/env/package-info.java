/**
 * Connection settings from the ops-db deployment's environment variables, in place of dynaconf: that deployment's
 * convention, so it lives with the service (registered in its {@code META-INF/spring.factories}), not in the starter.
 */
package org.opsdb.demo.env;
