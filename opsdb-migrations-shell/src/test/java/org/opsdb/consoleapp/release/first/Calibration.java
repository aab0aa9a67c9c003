package org.opsdb.consoleapp.release.first;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.opsdb.consoleapp.IdentityCodeColumns;

/** A calibration; its table is {@code calibration}. */
@Entity
@Table(name = "calibration")
public class Calibration extends IdentityCodeColumns {
}
