package org.opsdb.migrations.autogenerate.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A self reference and a unique column. */
@Entity
public class Category {
    @Id
    Integer id;

    @Column(unique = true, length = 60)
    String slug;

    @ManyToOne
    Category parent;
}
