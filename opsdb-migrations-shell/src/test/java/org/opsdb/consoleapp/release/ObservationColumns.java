package org.opsdb.consoleapp.release;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;

/**
 * The columns of the observation table the release leaves as they are: the key, from the generator
 * {@code observation_ids} each release declares (with its own allocation size), and the day it was taken on.
 */
@MappedSuperclass
public abstract class ObservationColumns {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "observation_ids")
    private Long id;

    @Column(name = "taken_on")
    private LocalDate takenOn;
}
