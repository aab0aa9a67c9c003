package org.opsdb.migrations.autogenerate.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;

/** An observation: identity key, FK to telescope, varchar enum with Hibernate's check, numeric. */
@Entity
public class Observation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "telescope_id")
    Telescope telescope;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    ObservationKind kind;

    @Column(precision = 8, scale = 3)
    BigDecimal airmass;

    Instant startedAt;
}
