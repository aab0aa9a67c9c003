package org.opsdb.consoleapp.moves.after;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A crew member of a {@link Vessel}, through a foreign key with a fixed name. */
@Entity
@Table(name = "crew")
public class Crew {

    @Id
    private Long id;

    @ManyToOne
    @JoinColumn(name = "ship_id", foreignKey = @ForeignKey(name = "crew_ship_id_fkey"))
    private Vessel ship;

    public Long getId() {
        return id;
    }

    public Vessel getShip() {
        return ship;
    }
}
