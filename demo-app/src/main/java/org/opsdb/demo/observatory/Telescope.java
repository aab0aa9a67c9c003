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

/** A telescope at an observatory. */
@Entity
@Table(name = "telescope", uniqueConstraints = @UniqueConstraint(name = "uq_telescope_observatory_name",
        columnNames = {"observatory_id", "name"}))
public class Telescope {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    @ColumnDefault("gen_random_uuid()")
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "observatory_id", nullable = false, foreignKey = @ForeignKey(name = "fk_telescope_observatory"))
    private Observatory observatory;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "diameter_m", nullable = false)
    private double diameterM;

    protected Telescope() {
    }

    public UUID getId() {
        return this.id;
    }

    public Observatory getObservatory() {
        return this.observatory;
    }

    public String getName() {
        return this.name;
    }

    public double getDiameterM() {
        return this.diameterM;
    }
}
