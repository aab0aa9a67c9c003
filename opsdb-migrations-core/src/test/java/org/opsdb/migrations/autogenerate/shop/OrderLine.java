package org.opsdb.migrations.autogenerate.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** An {@code @IdClass} key (bigint, smallint) and a foreign key to a product. */
@Entity
@IdClass(OrderLineId.class)
public class OrderLine {
    @Id
    Long orderId;

    @Id
    Short lineNo;

    @ManyToOne(optional = false)
    Product product;

    int quantity;

    @Column(precision = 12, scale = 2, nullable = false)
    BigDecimal unitPrice;
}
