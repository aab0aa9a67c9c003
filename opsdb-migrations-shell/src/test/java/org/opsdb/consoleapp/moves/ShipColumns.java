package org.opsdb.consoleapp.moves;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** The columns of the ship table, the same before and after its rename. */
@MappedSuperclass
public abstract class ShipColumns {

    @Id
    private Long id;

    @Column(nullable = false, length = 40, unique = true)
    private String code;

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }
}
