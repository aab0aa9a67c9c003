package org.opsdb.demo.observation;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.ColumnDefault;
import org.opsdb.demo.observatory.InstrumentModule;
import org.opsdb.demo.observatory.Source;

/** What a programme asks for: a source, observed with an instrument module for so many minutes. */
@Entity
@Table(name = "observation_unit",
        uniqueConstraints = @UniqueConstraint(name = "uq_observation_unit_program_name", columnNames = {"program_id", "name"}),
        indexes = @Index(name = "ix_observation_unit_source_id", columnList = "source_id"))
public class ObservationUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    @ColumnDefault("gen_random_uuid()")
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id", nullable = false, foreignKey = @ForeignKey(name = "fk_observation_unit_program"))
    private ObservingProgram program;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id", nullable = false, foreignKey = @ForeignKey(name = "fk_observation_unit_source"))
    private Source source;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instrument_module_id", nullable = false,
            foreignKey = @ForeignKey(name = "fk_observation_unit_instrument_module"))
    private InstrumentModule instrumentModule;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "requested_minutes", nullable = false)
    private int requestedMinutes;

    protected ObservationUnit() {
    }

    public UUID getId() {
        return this.id;
    }

    public ObservingProgram getProgram() {
        return this.program;
    }

    public Source getSource() {
        return this.source;
    }

    public String getName() {
        return this.name;
    }
}
