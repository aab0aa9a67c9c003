package org.opsdb.migrations.autogenerate.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A table check, an unnamed two-column unique constraint and a long text. */
@Entity
@Check(constraints = "rating between 1 and 5")
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"product_id", "customer_id"}))
public class Review {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Product product;

    @ManyToOne(optional = false)
    Customer customer;

    short rating;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    String body;
}
