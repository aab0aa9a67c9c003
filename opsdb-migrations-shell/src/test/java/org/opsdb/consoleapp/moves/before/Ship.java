package org.opsdb.consoleapp.moves.before;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.opsdb.consoleapp.moves.ShipColumns;

/** A ship, referenced by {@link Crew}; its table is {@code ship}. */
@Entity
@Table(name = "ship")
public class Ship extends ShipColumns {
}
