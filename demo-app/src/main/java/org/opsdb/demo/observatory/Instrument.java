package org.opsdb.demo.observatory;

import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An instrument mounted on a telescope; its free-form configuration is a {@code jsonb} document. */
@Entity
@Table(name = "instrument", uniqueConstraints = @UniqueConstraint(name = "uq_instrument_telescope_name",
        columnNames = {"telescope_id", "name"}))
public class Instrument {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    @ColumnDefault("gen_random_uuid()")
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "telescope_id", nullable = false, foreignKey = @ForeignKey(name = "fk_instrument_telescope"))
    private Telescope telescope;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 50)
    private String kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @ColumnDefault("'{}'::jsonb")
    @Column(nullable = false)
    private Map<String, Object> configuration;

    protected Instrument() {
    }

    public UUID getId() {
        return this.id;
    }

    public Telescope getTelescope() {
        return this.telescope;
    }

    public String getName() {
        return this.name;
    }

    public String getKind() {
        return this.kind;
    }

    public Map<String, Object> getConfiguration() {
        return this.configuration;
    }
}
