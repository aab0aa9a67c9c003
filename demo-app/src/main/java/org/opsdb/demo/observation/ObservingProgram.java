package org.opsdb.demo.observation;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.ColumnDefault;

/** An observing programme: a science case with a principal investigator. */
@Entity
@Table(name = "observing_program", uniqueConstraints = @UniqueConstraint(name = "uq_observing_program_code",
        columnNames = "code"))
public class ObservingProgram {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    @ColumnDefault("gen_random_uuid()")
    private UUID id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false)
    private String title;

    @Column(name = "principal_investigator", nullable = false)
    private String principalInvestigator;

    protected ObservingProgram() {
    }

    public UUID getId() {
        return this.id;
    }

    public String getCode() {
        return this.code;
    }
}
