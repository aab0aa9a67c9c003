/** The demo's small REST API: {@code /api/observations} and {@code /api/telescopes}. */
package org.opsdb.demo.api;
