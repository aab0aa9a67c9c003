package org.opsdb.demo.api;

import java.time.OffsetDateTime;
import java.util.Map;

import org.opsdb.demo.observation.ObservationStatus;

/**
 * The body of {@code POST /api/observations}: the unit's name is required; status defaults to {@code PLANNED},
 * the start to now.
 */
public record NewObservation(String unit, ObservationStatus status, OffsetDateTime startedAt, String observer,
        Map<String, Object> conditions) {
}
