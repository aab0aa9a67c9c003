package org.opsdb.consoleapp.moves.after;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.opsdb.consoleapp.moves.ShipColumns;

/** A ship, referenced by {@link Crew}; its table is {@code vessel}. */
@Entity
@Table(name = "vessel")
public class Vessel extends ShipColumns {
}
