package org.opsdb.consoleapp.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A telescope, as the migrations in {@code db/consoleapp} create it. */
@Entity
@Table(name = "telescope")
public class Telescope {

    @Id
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
