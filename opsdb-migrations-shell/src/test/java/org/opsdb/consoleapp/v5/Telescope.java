package org.opsdb.consoleapp.v5;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.Check;

/** A telescope whose id must be positive and whose name must be unique. */
@Entity
@Table(name = "telescope", uniqueConstraints = @UniqueConstraint(name = "telescope_name_key", columnNames = "name"))
@Check(name = "telescope_id_check", constraints = "id > 0")
public class Telescope {

    @Id
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;
}
