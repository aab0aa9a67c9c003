package org.opsdb.demo.observatory;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.ColumnDefault;

/** An observatory site. */
@Entity
@Table(name = "observatory", uniqueConstraints = @UniqueConstraint(name = "uq_observatory_name", columnNames = "name"))
public class Observatory {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    @ColumnDefault("gen_random_uuid()")
    private UUID id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "latitude_deg", nullable = false)
    private double latitudeDeg;

    @Column(name = "longitude_deg", nullable = false)
    private double longitudeDeg;

    @Column(name = "altitude_m", nullable = false)
    private double altitudeM;

    protected Observatory() {
    }

    public UUID getId() {
        return this.id;
    }

    public String getName() {
        return this.name;
    }

    public double getAltitudeM() {
        return this.altitudeM;
    }
}
