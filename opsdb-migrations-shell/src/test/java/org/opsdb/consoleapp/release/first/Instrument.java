package org.opsdb.consoleapp.release.first;

import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import org.opsdb.consoleapp.release.InstrumentColumns;

/** The root of the instruments, all in one table {@code instrument}. */
@Entity
@Table(name = "instrument")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
public abstract class Instrument extends InstrumentColumns {
}
