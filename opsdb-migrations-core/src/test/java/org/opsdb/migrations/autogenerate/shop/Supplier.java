package org.opsdb.migrations.autogenerate.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A unique column that is also named in a table-level unique constraint, and a named two-column one. */
@Entity
@Table(uniqueConstraints = {@UniqueConstraint(columnNames = "tax_id"),
        @UniqueConstraint(name = "uq_supplier_name_country", columnNames = {"name", "country"})})
public class Supplier {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Integer id;

    @Column(unique = true, nullable = false, length = 20)
    String taxId;

    @Column(nullable = false, length = 100)
    String name;

    @Column(length = 2)
    String country;
}
