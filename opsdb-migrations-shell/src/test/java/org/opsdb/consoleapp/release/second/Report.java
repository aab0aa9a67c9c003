package org.opsdb.consoleapp.release.second;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A report: a document with a page count, in table {@code report}. */
@Entity
@Table(name = "report")
public class Report extends Document {

    private Integer pages;
}
