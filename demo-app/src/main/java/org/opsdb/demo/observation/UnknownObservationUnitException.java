package org.opsdb.demo.observation;

import java.util.List;

/** A request named no observation unit, or one that does not exist. */
public class UnknownObservationUnitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** For {@code name} (null or blank when the request named none), listing the names that exist. */
    public UnknownObservationUnitException(String name, List<String> known) {
        super((name == null || name.isBlank() ? "Missing observation unit" : "Unknown observation unit '" + name + "'")
                + "; known units: " + String.join(", ", known));
    }
}
