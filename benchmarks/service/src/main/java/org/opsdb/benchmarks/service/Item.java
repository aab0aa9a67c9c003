package org.opsdb.benchmarks.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The entity of the service: table {@code t1} as the generated history leaves it. */
@Entity
@Table(name = "t1")
public class Item {

    @Id
    private Long id;

    @Column(length = 100)
    private String name;

    @Column(name = "ref_id")
    private Long refId;

    @Column(name = "c2")
    private Long c2;

    /** For JPA. */
    protected Item() {
    }

    /** The id. */
    public Long getId() {
        return id;
    }
}
