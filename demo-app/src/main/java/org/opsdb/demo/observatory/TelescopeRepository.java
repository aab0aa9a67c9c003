package org.opsdb.demo.observatory;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Telescopes, with their observatory. */
public interface TelescopeRepository extends JpaRepository<Telescope, UUID> {

    /** Every telescope with its observatory loaded, by name. */
    @Query("select t from Telescope t join fetch t.observatory order by t.name")
    List<Telescope> findAllWithObservatory();
}
