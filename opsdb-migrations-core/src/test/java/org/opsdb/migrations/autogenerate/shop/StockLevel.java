package org.opsdb.migrations.autogenerate.shop;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.time.OffsetDateTime;
import org.hibernate.annotations.FractionalSeconds;

/** An {@code @EmbeddedId} of three columns and a timestamptz of precision 3. */
@Entity
public class StockLevel {
    @EmbeddedId
    StockKey key;

    int quantity;

    @FractionalSeconds(3)
    OffsetDateTime countedAt;
}
