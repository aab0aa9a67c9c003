package org.opsdb.migrations.autogenerate.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDateTime;

/** A sequence key (Hibernate's default sequence), bytea, double and text arrays, two timestamps. */
@Entity
public class AuditEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    Long id;

    @Column(nullable = false, length = 64)
    String action;

    byte[] payload;

    double[] scores;

    String[] labels;

    Instant occurredAt;

    LocalDateTime recordedLocal;
}
