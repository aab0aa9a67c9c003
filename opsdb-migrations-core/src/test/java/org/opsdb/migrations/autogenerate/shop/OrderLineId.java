package org.opsdb.migrations.autogenerate.shop;

import java.io.Serializable;
import java.util.Objects;

/** The key of {@link OrderLine}. */
public class OrderLineId implements Serializable {
    Long orderId;
    Short lineNo;

    @Override
    public boolean equals(Object o) {
        return o instanceof OrderLineId other && Objects.equals(orderId, other.orderId)
                && Objects.equals(lineNo, other.lineNo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(orderId, lineNo);
    }
}
