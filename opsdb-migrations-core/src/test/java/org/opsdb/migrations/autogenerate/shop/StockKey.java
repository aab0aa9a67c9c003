package org.opsdb.migrations.autogenerate.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The key of {@link StockLevel}: an integer, a bigint and a varchar, declared in that order. */
@Embeddable
public class StockKey implements Serializable {
    Integer warehouseId;
    Long productId;

    @Column(length = 20)
    String lot;

    @Override
    public boolean equals(Object o) {
        return o instanceof StockKey other && Objects.equals(warehouseId, other.warehouseId)
                && Objects.equals(productId, other.productId) && Objects.equals(lot, other.lot);
    }

    @Override
    public int hashCode() {
        return Objects.hash(warehouseId, productId, lot);
    }
}
