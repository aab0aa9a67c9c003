package org.opsdb.migrations.autogenerate.checkmeaning.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A run whose status is a varchar with Hibernate's enum check. */
@Entity
public class Run {
    @Id
    Long id;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    RunStatus status;
}
