package org.opsdb.consoleapp.release.first;

import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import org.opsdb.consoleapp.release.DocumentColumns;

/** The root of the documents: table {@code document}, one more table per subclass. */
@Entity
@Table(name = "document")
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class Document extends DocumentColumns {
}
