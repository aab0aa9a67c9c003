package org.opsdb.demo.api;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.opsdb.demo.observation.ExecutedObservation;
import org.opsdb.demo.observation.ObservationStatus;

/** An executed observation as the API shows it. */
public record ObservationView(UUID id, String unit, String program, String source, ObservationStatus status,
        OffsetDateTime startedAt, OffsetDateTime endedAt, String observer, Map<String, Object> conditions) {

    static ObservationView of(ExecutedObservation o) {
        return new ObservationView(o.getId(), o.getUnit().getName(), o.getUnit().getProgram().getCode(),
                o.getUnit().getSource().getName(), o.getStatus(), o.getStartedAt(), o.getEndedAt(), o.getObserver(),
                o.getConditions());
    }
}
