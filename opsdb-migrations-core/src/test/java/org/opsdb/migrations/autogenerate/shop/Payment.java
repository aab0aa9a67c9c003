package org.opsdb.migrations.autogenerate.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** In schema {@code billing}: a foreign key within the schema, a STRING enum, an index, a unique reference. */
@Entity
@Table(schema = "billing", indexes = @Index(name = "ix_payment_paid_at", columnList = "paid_at"))
public class Payment {
    @Id
    UUID id;

    @ManyToOne(optional = false)
    Invoice invoice;

    @Column(precision = 14, scale = 2, nullable = false)
    BigDecimal amount;

    Instant paidAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    PaymentMethod method;

    @Column(unique = true, length = 64)
    String reference;
}
