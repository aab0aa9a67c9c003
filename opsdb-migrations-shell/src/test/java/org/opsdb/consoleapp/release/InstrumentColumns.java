package org.opsdb.consoleapp.release;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** The columns of the root of the SINGLE_TABLE instrument hierarchy, the same in both releases. */
@MappedSuperclass
public abstract class InstrumentColumns {

    @Id
    private Long id;

    @Column(nullable = false, length = 40)
    private String name;
}
