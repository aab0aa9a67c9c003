package org.opsdb.migrations.autoconfigure.jpaother;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The only entity of {@link StarApplication}. */
@Entity
public class Star {

    @Id
    private Long id;

    private String catalogName;

    protected Star() {
    }
}
