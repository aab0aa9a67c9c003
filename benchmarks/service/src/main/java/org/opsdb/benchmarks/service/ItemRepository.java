package org.opsdb.benchmarks.service;

import org.springframework.data.jpa.repository.JpaRepository;

/** The service's repository, so Spring Data JPA boots as in a real service. */
public interface ItemRepository extends JpaRepository<Item, Long> {
}
