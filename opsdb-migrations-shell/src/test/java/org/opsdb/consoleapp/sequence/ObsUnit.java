package org.opsdb.consoleapp.sequence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An observing unit whose ids come from {@code obs_unit_seq}, allocated 20 at a time. */
@Entity
@Table(name = "obs_unit")
public class ObsUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "obs_unit_ids")
    @SequenceGenerator(name = "obs_unit_ids", sequenceName = "obs_unit_seq", allocationSize = 20)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;
}
