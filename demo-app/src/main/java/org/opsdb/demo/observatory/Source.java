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

/** A source on the sky, with its coordinates in degrees and their frame. */
@Entity
@Table(name = "source", uniqueConstraints = @UniqueConstraint(name = "uq_source_name", columnNames = "name"))
public class Source {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    @ColumnDefault("gen_random_uuid()")
    private UUID id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "ra_deg", nullable = false)
    private double raDeg;

    @Column(name = "dec_deg", nullable = false)
    private double decDeg;

    @Column(nullable = false, length = 10)
    private String frame;

    protected Source() {
    }

    public UUID getId() {
        return this.id;
    }

    public String getName() {
        return this.name;
    }

    public String getFrame() {
        return this.frame;
    }
}
