package org.opsdb.migrations.autogenerate.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** An {@code @IdClass} key of a bigint and an integer. */
@Entity
@IdClass(ProductCategoryId.class)
public class ProductCategory {
    @Id
    Long productId;

    @Id
    Integer categoryId;

    short position;
}
