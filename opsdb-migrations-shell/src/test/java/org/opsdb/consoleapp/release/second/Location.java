package org.opsdb.consoleapp.release.second;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.opsdb.consoleapp.release.SiteColumns;

/** An observing site; its table is {@code location}. */
@Entity
@Table(name = "location")
public class Location extends SiteColumns {
}
