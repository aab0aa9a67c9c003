package org.opsdb.demo.observatory;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.ColumnDefault;

/** A module (array, receiver) of an instrument. */
@Entity
@Table(name = "instrument_module", uniqueConstraints = @UniqueConstraint(name = "uq_instrument_module_instrument_name",
        columnNames = {"instrument_id", "name"}))
public class InstrumentModule {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    @ColumnDefault("gen_random_uuid()")
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instrument_id", nullable = false,
            foreignKey = @ForeignKey(name = "fk_instrument_module_instrument"))
    private Instrument instrument;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "pixel_count", nullable = false)
    private int pixelCount;

    @Column(name = "frequency_ghz")
    private Double frequencyGhz;

    protected InstrumentModule() {
    }

    public UUID getId() {
        return this.id;
    }

    public Instrument getInstrument() {
        return this.instrument;
    }

    public String getName() {
        return this.name;
    }
}
