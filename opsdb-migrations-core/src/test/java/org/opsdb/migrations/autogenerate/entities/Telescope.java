package org.opsdb.migrations.autogenerate.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.dialect.type.PostgreSQLEnumJdbcType;
import org.hibernate.type.SqlTypes;

/** A telescope: UUID key, native enum, jsonb, timestamptz, a unique constraint and an index. */
@Entity
@Table(name = "telescope", uniqueConstraints = @UniqueConstraint(name = "uq_telescope_site_name",
        columnNames = {"site", "name"}), indexes = @Index(name = "ix_telescope_status", columnList = "status"))
public class Telescope {
    @Id
    UUID id;

    @Column(nullable = false, length = 80)
    String name;

    @Column(length = 40)
    String site;

    @Enumerated(EnumType.STRING)
    @JdbcType(PostgreSQLEnumJdbcType.class)
    @Column(nullable = false)
    TelescopeStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, Object> specs;

    @Column(nullable = false)
    OffsetDateTime commissionedAt;
}
