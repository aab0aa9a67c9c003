package org.opsdb.migrations.autogenerate.shop;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** In schema {@code billing}: an {@code @EmbeddedId} key and numeric(5,4). */
@Entity
@Table(schema = "billing")
public class TaxRate {
    @EmbeddedId
    TaxRateKey key;

    @Column(precision = 5, scale = 4, nullable = false)
    BigDecimal rate;
}
