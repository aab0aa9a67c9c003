package org.opsdb.consoleapp.release.second;

import jakarta.persistence.Entity;

/** A spectrometer, new in the second release: an instrument with a resolution, in table {@code instrument}. */
@Entity
public class Spectrometer extends Instrument {

    private Integer resolution;
}
