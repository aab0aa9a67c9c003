package org.opsdb.migrations.autogenerate.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** UUID key, a unique tracking number, a date, a time and a timestamptz. */
@Entity
public class Shipment {
    @Id
    UUID id;

    @ManyToOne(optional = false)
    CustomerOrder order;

    @Column(unique = true, length = 40)
    String trackingNumber;

    LocalDate shipDate;

    LocalTime cutoff;

    OffsetDateTime deliveredAt;
}
