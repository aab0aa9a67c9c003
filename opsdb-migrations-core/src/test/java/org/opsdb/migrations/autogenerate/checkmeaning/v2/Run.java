package org.opsdb.migrations.autogenerate.checkmeaning.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcType;
import org.hibernate.dialect.type.PostgreSQLEnumJdbcType;

/** The run one release later: its status a native PostgreSQL enum (the check goes). */
@Entity
public class Run {
    @Id
    Long id;

    @Enumerated(EnumType.STRING)
    @JdbcType(PostgreSQLEnumJdbcType.class)
    @Column(length = 20)
    RunStatus status;
}
