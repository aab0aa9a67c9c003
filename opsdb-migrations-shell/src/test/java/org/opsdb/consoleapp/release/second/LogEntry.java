package org.opsdb.consoleapp.release.second;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A log entry, new in the second release: a document with a line of text, in table {@code log_entry}. */
@Entity
@Table(name = "log_entry")
public class LogEntry extends Document {

    @Column(length = 200)
    private String line;
}
