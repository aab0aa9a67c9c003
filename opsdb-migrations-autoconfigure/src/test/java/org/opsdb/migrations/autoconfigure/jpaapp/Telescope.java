package org.opsdb.migrations.autoconfigure.jpaapp;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Matches table telescope as revisions a1a1a1a1a1a1 and c3c3c3c3c3c3 leave it. */
@Entity
public class Telescope {

    @Id
    private Long id;

    private String name;

    private String site;

    protected Telescope() {
    }

    public Telescope(Long id, String name, String site) {
        this.id = id;
        this.name = name;
        this.site = site;
    }

    public String getSite() {
        return site;
    }
}
