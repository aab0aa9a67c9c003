package org.opsdb.demo.observation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.JdbcType;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.dialect.type.PostgreSQLEnumJdbcType;

/** A raw data file written by an executed observation, and where it is in its life. */
@Entity
@Table(name = "raw_data_file",
        uniqueConstraints = @UniqueConstraint(name = "uq_raw_data_file_path", columnNames = "path"),
        indexes = @Index(name = "ix_raw_data_file_executed_observation_id", columnList = "executed_observation_id"))
public class RawDataFile {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    @ColumnDefault("gen_random_uuid()")
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "executed_observation_id", nullable = false,
            foreignKey = @ForeignKey(name = "fk_raw_data_file_executed_observation"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private ExecutedObservation executedObservation;

    @Column(nullable = false, length = 1024)
    private String path;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "checksum_sha256", length = 64)
    private String checksumSha256;

    @Enumerated(EnumType.STRING)
    @JdbcType(PostgreSQLEnumJdbcType.class)
    @ColumnDefault("'CREATED'")
    @Column(nullable = false)
    private DataState state = DataState.CREATED;

    @ColumnDefault("now()")
    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected RawDataFile() {
    }

    public UUID getId() {
        return this.id;
    }

    public String getPath() {
        return this.path;
    }

    public DataState getState() {
        return this.state;
    }
}
