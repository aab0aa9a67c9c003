package org.opsdb.migrations.autogenerate.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Table {@code orders}: a foreign key, a STRING enum, a timestamp and an index over two columns. */
@Entity
@Table(name = "orders", indexes = @Index(name = "ix_orders_customer_placed", columnList = "customer_id, placed_at"))
public class CustomerOrder {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Customer customer;

    @Column(nullable = false)
    LocalDateTime placedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    OrderStatus status;

    @Column(precision = 14, scale = 2)
    BigDecimal total;
}
