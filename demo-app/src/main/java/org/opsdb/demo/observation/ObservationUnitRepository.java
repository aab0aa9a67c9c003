package org.opsdb.demo.observation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Observation units. */
public interface ObservationUnitRepository extends JpaRepository<ObservationUnit, UUID> {

    /** The unit with this name (unit names are unique within a programme; the demo has one programme). */
    Optional<ObservationUnit> findFirstByName(String name);

    /** Every unit, by name. */
    List<ObservationUnit> findAllByOrderByName();
}
