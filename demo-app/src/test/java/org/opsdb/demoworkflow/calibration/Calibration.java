package org.opsdb.demoworkflow.calibration;

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
import java.time.OffsetDateTime;
import java.util.UUID;
import org.opsdb.demo.observatory.Telescope;

/** The entity a developer adds in the workflow test: a calibration of a telescope. */
@Entity
@Table(name = "calibration")
public class Calibration {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "telescope_id", nullable = false, foreignKey = @ForeignKey(name = "fk_calibration_telescope"))
    private Telescope telescope;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "measured_at", nullable = false)
    private OffsetDateTime measuredAt;

    protected Calibration() {
    }
}
