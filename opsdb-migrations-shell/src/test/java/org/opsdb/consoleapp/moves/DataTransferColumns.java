package org.opsdb.consoleapp.moves;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** The columns of the data transfer table, the same in both schemas: an identity key and a unique code. */
@MappedSuperclass
public abstract class DataTransferColumns {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, unique = true)
    private String code;

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }
}
