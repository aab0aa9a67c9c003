package org.opsdb.consoleapp.v4;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The telescope table renamed to {@code scope}, its columns unchanged. */
@Entity
@Table(name = "scope")
public class Scope {

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
