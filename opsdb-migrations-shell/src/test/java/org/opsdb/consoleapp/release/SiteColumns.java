package org.opsdb.consoleapp.release;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** The columns of the site table, the same before and after its rename to {@code location}. */
@MappedSuperclass
public abstract class SiteColumns {

    @Id
    private Long id;

    @Column(nullable = false, length = 20, unique = true)
    private String code;
}
