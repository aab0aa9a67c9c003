package org.opsdb.migrations.autogenerate.shop;

import java.io.Serializable;
import java.util.Objects;

/** The key of {@link SupplierProduct}. */
public class SupplierProductId implements Serializable {
    Integer supplier;
    Long product;

    @Override
    public boolean equals(Object o) {
        return o instanceof SupplierProductId other && Objects.equals(supplier, other.supplier)
                && Objects.equals(product, other.product);
    }

    @Override
    public int hashCode() {
        return Objects.hash(supplier, product);
    }
}
