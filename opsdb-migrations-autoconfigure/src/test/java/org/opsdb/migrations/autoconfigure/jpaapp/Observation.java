package org.opsdb.migrations.autoconfigure.jpaapp;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Matches table observation of revision b2b2b2b2b2b2. */
@Entity
public class Observation {

    @Id
    private Long id;

    @ManyToOne
    private Telescope telescope;

    private String target;
}
