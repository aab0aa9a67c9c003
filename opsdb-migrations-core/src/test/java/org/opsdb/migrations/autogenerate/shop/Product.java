package org.opsdb.migrations.autogenerate.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Numerics, a unique column, a long text, an integer array, a timestamp without time zone and two indexes. */
@Entity
@Table(indexes = {@Index(columnList = "name"), @Index(name = "ix_product_price", columnList = "price DESC, sku")})
public class Product {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(unique = true, nullable = false, length = 32)
    String sku;

    @Column(nullable = false, length = 200)
    String name;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    String description;

    @Column(precision = 12, scale = 2, nullable = false)
    BigDecimal price;

    @Column(precision = 8, scale = 3)
    BigDecimal weightKg;

    int[] dimensionsMm;

    LocalDateTime updatedAt;
}
