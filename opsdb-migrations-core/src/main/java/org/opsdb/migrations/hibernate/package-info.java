/**
 * The mapped model read from Hibernate's boot metadata ({@link org.hibernate.boot.Metadata}), captured from an
 * application's EntityManagerFactory or built from entity classes. Hibernate is an optional dependency of core:
 * only this package touches it.
 */
package org.opsdb.migrations.hibernate;
