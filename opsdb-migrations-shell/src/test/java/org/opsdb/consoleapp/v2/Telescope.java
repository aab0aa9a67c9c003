package org.opsdb.consoleapp.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A telescope with a new column, {@code aperture}. */
@Entity
@Table(name = "telescope")
public class Telescope {

    @Id
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    private Double aperture;

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Double getAperture() {
        return aperture;
    }
}
