package org.opsdb.demo.observation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists and records executed observations. */
@Service
public class ObservationService {

    private final ExecutedObservationRepository observations;
    private final ObservationUnitRepository units;

    public ObservationService(ExecutedObservationRepository observations, ObservationUnitRepository units) {
        this.observations = observations;
        this.units = units;
    }

    /** Every executed observation, newest first, with unit, programme and source loaded. */
    @Transactional(readOnly = true)
    public List<ExecutedObservation> list() {
        return this.observations.findAllWithUnit();
    }

    /**
     * Records an execution of the unit named {@code unitName}.
     *
     * @throws UnknownObservationUnitException when {@code unitName} is missing or no unit has that name
     */
    @Transactional
    public ExecutedObservation record(String unitName, ObservationStatus status, OffsetDateTime startedAt,
            String observer, Map<String, Object> conditions) {
        ObservationUnit unit = (unitName == null || unitName.isBlank() ? Optional.<ObservationUnit>empty()
                : this.units.findFirstByName(unitName))
                .orElseThrow(() -> new UnknownObservationUnitException(unitName,
                        this.units.findAllByOrderByName().stream().map(ObservationUnit::getName).toList()));
        ExecutedObservation observation = new ExecutedObservation(unit,
                status != null ? status : ObservationStatus.PLANNED,
                startedAt != null ? startedAt : OffsetDateTime.now(ZoneOffset.UTC), observer, conditions);
        ExecutedObservation saved = this.observations.save(observation);
        // touch what the view needs while the session is open
        saved.getUnit().getProgram().getCode();
        saved.getUnit().getSource().getName();
        return saved;
    }
}
