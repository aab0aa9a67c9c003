package org.opsdb.demo.api;

import java.net.URI;
import java.util.List;

import org.opsdb.demo.observation.ExecutedObservation;
import org.opsdb.demo.observation.ObservationService;
import org.opsdb.demo.observation.UnknownObservationUnitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/observations} lists executed observations; {@code POST} records one. */
@RestController
@RequestMapping("/api/observations")
public class ObservationController {

    private final ObservationService service;

    public ObservationController(ObservationService service) {
        this.service = service;
    }

    @GetMapping
    public List<ObservationView> list() {
        return this.service.list().stream().map(ObservationView::of).toList();
    }

    @PostMapping
    public ResponseEntity<ObservationView> create(@RequestBody NewObservation body) {
        ExecutedObservation saved = this.service.record(body.unit(), body.status(), body.startedAt(), body.observer(),
                body.conditions());
        return ResponseEntity.created(URI.create("/api/observations/" + saved.getId())).body(ObservationView.of(saved));
    }

    @ExceptionHandler(UnknownObservationUnitException.class)
    ProblemDetail unknownUnit(UnknownObservationUnitException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
    }
}
