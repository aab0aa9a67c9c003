package org.opsdb.demo.api;

import java.util.List;

import org.opsdb.demo.observatory.Instrument;
import org.opsdb.demo.observatory.InstrumentRepository;
import org.opsdb.demo.observatory.TelescopeRepository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/telescopes} lists telescopes with their observatory and instruments. */
@RestController
@RequestMapping("/api/telescopes")
public class TelescopeController {

    private final TelescopeRepository telescopes;
    private final InstrumentRepository instruments;

    public TelescopeController(TelescopeRepository telescopes, InstrumentRepository instruments) {
        this.telescopes = telescopes;
        this.instruments = instruments;
    }

    @GetMapping
    @Transactional(readOnly = true)
    public List<TelescopeView> list() {
        return this.telescopes.findAllWithObservatory().stream()
                .map(t -> new TelescopeView(t.getId(), t.getName(), t.getObservatory().getName(), t.getDiameterM(),
                        this.instruments.findByTelescopeOrderByName(t).stream().map(Instrument::getName).toList()))
                .toList();
    }
}
