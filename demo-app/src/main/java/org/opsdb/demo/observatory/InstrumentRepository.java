package org.opsdb.demo.observatory;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Instruments. */
public interface InstrumentRepository extends JpaRepository<Instrument, UUID> {

    /** The instruments on a telescope, by name. */
    List<Instrument> findByTelescopeOrderByName(Telescope telescope);
}
