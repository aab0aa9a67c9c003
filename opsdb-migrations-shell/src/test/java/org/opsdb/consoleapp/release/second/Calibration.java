package org.opsdb.consoleapp.release.second;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.opsdb.consoleapp.IdentityCodeColumns;

/** A calibration; its table is {@code archive.calibration}. */
@Entity
@Table(schema = "archive", name = "calibration")
public class Calibration extends IdentityCodeColumns {
}
