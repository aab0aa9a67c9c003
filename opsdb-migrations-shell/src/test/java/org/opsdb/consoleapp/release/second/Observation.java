package org.opsdb.consoleapp.release.second;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.util.Map;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.JdbcType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.dialect.type.PostgreSQLEnumJdbcType;
import org.opsdb.consoleapp.release.ObservationColumns;
import org.hibernate.type.SqlTypes;

/**
 * An observation after the release: counts int → bigint, note varchar → text, reading numeric(10,2) →
 * numeric(12,4) under a tightened check, phase varchar → native enum, priority NORMAL renamed MEDIUM, the
 * instrument required, a composite unique (site, taken on), the index on taken on gaining counts, the sequence
 * allocated 20 at a time, a jsonb column with a default, a map of tags and a report of its own.
 */
@Entity
@Table(name = "observation", indexes = @Index(name = "observation_taken_idx", columnList = "taken_on, counts"),
        uniqueConstraints = @UniqueConstraint(name = "observation_site_taken_key",
                columnNames = {"site_id", "taken_on"}))
@Check(name = "observation_reading_check", constraints = "reading >= 0 AND reading < 1000")
@SequenceGenerator(name = "observation_ids", sequenceName = "observation_seq", allocationSize = 20)
public class Observation extends ObservationColumns {

    private Long counts;

    @Column(columnDefinition = "text")
    private String note;

    @Column(precision = 12, scale = 4)
    private BigDecimal reading;

    @Enumerated(EnumType.STRING)
    @JdbcType(PostgreSQLEnumJdbcType.class)
    private Phase phase;

    @Enumerated(EnumType.STRING)
    @JdbcType(PostgreSQLEnumJdbcType.class)
    private Priority priority;

    @ManyToOne(optional = false)
    @JoinColumn(name = "instrument_id", nullable = false,
            foreignKey = @ForeignKey(name = "observation_instrument_id_fkey"))
    private Instrument instrument;

    @ManyToOne
    @JoinColumn(name = "site_id", foreignKey = @ForeignKey(name = "observation_site_id_fkey"))
    private Location site;

    @JdbcTypeCode(SqlTypes.JSON)
    @ColumnDefault("'{}'")
    @Column(nullable = false)
    private String extra;

    @ElementCollection
    @CollectionTable(name = "observation_tag", joinColumns = @JoinColumn(name = "observation_id"))
    @MapKeyColumn(name = "tag_key", length = 40)
    @Column(name = "tag_value", length = 100)
    private Map<String, String> tags;

    @OneToOne
    @JoinColumn(name = "report_id", foreignKey = @ForeignKey(name = "observation_report_id_fkey"))
    private Report report;
}
