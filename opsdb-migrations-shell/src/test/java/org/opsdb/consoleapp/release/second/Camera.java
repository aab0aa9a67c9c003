package org.opsdb.consoleapp.release.second;

import jakarta.persistence.Entity;

/** A camera: an instrument with a pixel count, in table {@code instrument}. */
@Entity
public class Camera extends Instrument {

    private Integer pixels;
}
