package org.opsdb.consoleapp.moodv1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcType;
import org.hibernate.dialect.type.PostgreSQLEnumJdbcType;

/** A visit and its mood (a native enum column). */
@Entity
public class Visit {

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcType(PostgreSQLEnumJdbcType.class)
    @Column(nullable = false)
    private Mood mood;

    public Long getId() {
        return id;
    }

    public Mood getMood() {
        return mood;
    }
}
