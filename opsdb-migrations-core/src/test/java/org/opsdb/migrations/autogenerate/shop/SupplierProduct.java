package org.opsdb.migrations.autogenerate.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** An {@code @IdClass} key made of two many-to-ones. */
@Entity
@IdClass(SupplierProductId.class)
public class SupplierProduct {
    @Id
    @ManyToOne
    Supplier supplier;

    @Id
    @ManyToOne
    Product product;

    BigDecimal cost;
}
