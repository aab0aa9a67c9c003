package org.opsdb.demo.observation;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Executed observations. */
public interface ExecutedObservationRepository extends JpaRepository<ExecutedObservation, UUID> {

    /** Every execution with its unit, programme and source loaded, newest first. */
    @Query("select o from ExecutedObservation o join fetch o.unit u join fetch u.program join fetch u.source "
            + "order by o.startedAt desc, o.id")
    List<ExecutedObservation> findAllWithUnit();
}
