package org.opsdb.consoleapp.moves.after;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.opsdb.consoleapp.IdentityCodeColumns;

/** A data transfer; its table is {@code archive.data_transfer}. */
@Entity
@Table(schema = "archive", name = "data_transfer")
public class DataTransfer extends IdentityCodeColumns {
}
