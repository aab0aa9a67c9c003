package org.opsdb.consoleapp.moves.before;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.opsdb.consoleapp.IdentityCodeColumns;

/** A data transfer; its table is {@code data_transfer}. */
@Entity
@Table(name = "data_transfer")
public class DataTransfer extends IdentityCodeColumns {
}
