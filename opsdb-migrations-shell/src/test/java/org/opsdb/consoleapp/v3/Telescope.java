package org.opsdb.consoleapp.v3;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A telescope whose {@code name} column was renamed to {@code title} (same type). */
@Entity
@Table(name = "telescope")
public class Telescope {

    @Id
    private Long id;

    @Column(nullable = false, length = 100)
    private String title;

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }
}
