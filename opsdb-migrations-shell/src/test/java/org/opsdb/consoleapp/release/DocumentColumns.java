package org.opsdb.consoleapp.release;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** The columns of the root of the JOINED document hierarchy, the same in both releases. */
@MappedSuperclass
public abstract class DocumentColumns {

    @Id
    private Long id;

    @Column(nullable = false, length = 80)
    private String title;
}
