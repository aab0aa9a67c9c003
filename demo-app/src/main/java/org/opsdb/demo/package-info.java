/** The ops-db demo service: its entry point and the line that says where to look once it is up. */
package org.opsdb.demo;
