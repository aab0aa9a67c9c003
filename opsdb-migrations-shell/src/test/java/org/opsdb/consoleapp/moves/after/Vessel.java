package org.opsdb.consoleapp.moves.after;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A ship, referenced by {@link Crew}; its table is {@code vessel}. */
@Entity
@Table(name = "vessel")
public class Vessel {

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
