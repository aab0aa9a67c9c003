package org.opsdb.demo.observation;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.JdbcType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.dialect.type.PostgreSQLEnumJdbcType;
import org.hibernate.type.SqlTypes;

/** One execution of an observation unit: when it ran, who ran it, how it went, and the conditions ({@code jsonb}). */
@Entity
@Table(name = "executed_observation", indexes = {
        @Index(name = "ix_executed_observation_observation_unit_id", columnList = "observation_unit_id"),
        @Index(name = "ix_executed_observation_started_at", columnList = "started_at")})
public class ExecutedObservation {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    @ColumnDefault("gen_random_uuid()")
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "observation_unit_id", nullable = false,
            foreignKey = @ForeignKey(name = "fk_executed_observation_observation_unit"))
    private ObservationUnit unit;

    @Enumerated(EnumType.STRING)
    @JdbcType(PostgreSQLEnumJdbcType.class)
    @Column(nullable = false)
    private ObservationStatus status;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Column(length = 100)
    private String observer;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> conditions;

    protected ExecutedObservation() {
    }

    /** A new execution of {@code unit}. */
    public ExecutedObservation(ObservationUnit unit, ObservationStatus status, OffsetDateTime startedAt,
            String observer, Map<String, Object> conditions) {
        this.unit = unit;
        this.status = status;
        this.startedAt = startedAt;
        this.observer = observer;
        this.conditions = conditions;
    }

    public UUID getId() {
        return this.id;
    }

    public ObservationUnit getUnit() {
        return this.unit;
    }

    public ObservationStatus getStatus() {
        return this.status;
    }

    public OffsetDateTime getStartedAt() {
        return this.startedAt;
    }

    public OffsetDateTime getEndedAt() {
        return this.endedAt;
    }

    public String getObserver() {
        return this.observer;
    }

    public Map<String, Object> getConditions() {
        return this.conditions;
    }
}
