package org.opsdb.migrations.autogenerate.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The key of {@link TaxRate}: a date and two varchars. */
@Embeddable
public class TaxRateKey implements Serializable {
    @Column(length = 2)
    String country;

    @Column(length = 16)
    String category;

    java.time.LocalDate validFrom;

    @Override
    public boolean equals(Object o) {
        return o instanceof TaxRateKey other && Objects.equals(country, other.country)
                && Objects.equals(category, other.category) && Objects.equals(validFrom, other.validFrom);
    }

    @Override
    public int hashCode() {
        return Objects.hash(country, category, validFrom);
    }
}
