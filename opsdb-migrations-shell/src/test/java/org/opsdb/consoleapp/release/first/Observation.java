package org.opsdb.consoleapp.release.first;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.JdbcType;
import org.hibernate.dialect.type.PostgreSQLEnumJdbcType;
import org.opsdb.consoleapp.release.ObservationColumns;

/** An observation before the release: the table every column change of the release is made on. */
@Entity
@Table(name = "observation", indexes = @Index(name = "observation_taken_idx", columnList = "taken_on"))
@Check(name = "observation_reading_check", constraints = "reading >= 0")
@SequenceGenerator(name = "observation_ids", sequenceName = "observation_seq", allocationSize = 50)
public class Observation extends ObservationColumns {

    private Integer counts;

    @Column(length = 200)
    private String note;

    @Column(precision = 10, scale = 2)
    private BigDecimal reading;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Phase phase;

    @Enumerated(EnumType.STRING)
    @JdbcType(PostgreSQLEnumJdbcType.class)
    private Priority priority;

    @ManyToOne
    @JoinColumn(name = "site_id", foreignKey = @ForeignKey(name = "observation_site_id_fkey"))
    private Site site;

    @ManyToOne
    @JoinColumn(name = "instrument_id", foreignKey = @ForeignKey(name = "observation_instrument_id_fkey"))
    private Instrument instrument;
}
