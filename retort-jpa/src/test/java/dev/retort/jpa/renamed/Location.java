package dev.retort.jpa.renamed;

import dev.retort.migration.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Embedded in {@link Client}; its column {@code town} was {@code city}. */
@Embeddable
public class Location {
  @RenamedFrom("city")
  @Column(name = "town")
  String town;
}
