package org.opsdb.migrations.autogenerate.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import java.time.Instant;
import java.util.UUID;

/** UUID key, a unique column, STRING and ORDINAL enums, a text array, a large object and a timestamptz. */
@Entity
public class Customer {
    @Id
    UUID id;

    @Column(unique = true, nullable = false, length = 320)
    String email;

    @Column(length = 100)
    String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    CustomerStatus status;

    @Enumerated(EnumType.ORDINAL)
    Tier tier;

    String[] tags;

    @Lob
    String notes;

    @Column(nullable = false)
    Instant createdAt;
}
