package org.opsdb.consoleapp.release.first;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.opsdb.consoleapp.release.SiteColumns;

/** An observing site; its table is {@code site}. */
@Entity
@Table(name = "site")
public class Site extends SiteColumns {
}
