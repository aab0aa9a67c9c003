package org.opsdb.migrations.test.entities.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The entity of {@code db/checks_init}, declaring the migrations' server defaults and index: {@code init} builds the
 * schema {@code upgrade heads} builds (its columns in another order, which the check leaves out).
 */
@Entity
@Table(indexes = @Index(name = "ix_observation_name", columnList = "name"))
public class Observation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @JdbcTypeCode(SqlTypes.JSON)
    @ColumnDefault("'{}'::jsonb")
    @Column(nullable = false)
    private Map<String, Object> settings;

    @ColumnDefault("gen_random_uuid()")
    @Column(nullable = false)
    private UUID uuid;

    @Column(nullable = false, length = 100)
    private String name;
}
