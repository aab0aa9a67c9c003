package org.opsdb.migrations.autogenerate.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** In schema {@code billing}: a unique number, a foreign key into {@code public}, an ORDINAL enum. */
@Entity
@Table(schema = "billing")
public class Invoice {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(unique = true, nullable = false, length = 24)
    String number;

    @ManyToOne(optional = false)
    CustomerOrder order;

    @Column(nullable = false)
    LocalDate issuedOn;

    @Column(precision = 14, scale = 2, nullable = false)
    BigDecimal amount;

    @Column(length = 3, nullable = false)
    String currency;

    @Enumerated(EnumType.ORDINAL)
    Tier tierAtIssue;
}
