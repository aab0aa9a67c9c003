package org.opsdb.consoleapp.moves.before;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A ship, referenced by {@link Crew}; its table is {@code ship}. */
@Entity
@Table(name = "ship")
public class Ship {

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
