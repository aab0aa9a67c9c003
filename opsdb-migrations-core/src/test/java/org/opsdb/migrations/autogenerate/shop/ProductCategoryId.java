package org.opsdb.migrations.autogenerate.shop;

import java.io.Serializable;
import java.util.Objects;

/** The key of {@link ProductCategory}. */
public class ProductCategoryId implements Serializable {
    Long productId;
    Integer categoryId;

    @Override
    public boolean equals(Object o) {
        return o instanceof ProductCategoryId other && Objects.equals(productId, other.productId)
                && Objects.equals(categoryId, other.categoryId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(productId, categoryId);
    }
}
