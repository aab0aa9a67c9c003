package org.opsdb.demo.observation;

import java.util.List;

/** No observation unit has the name a request gave. */
public class UnknownObservationUnitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** For {@code name}, listing the names that exist. */
    public UnknownObservationUnitException(String name, List<String> known) {
        super("Unknown observation unit '" + name + "'; known units: " + String.join(", ", known));
    }
}
