package dev.retort.jpa.refused;

import jakarta.persistence.Entity;

/** An entity without an {@code @Id}, which Hibernate refuses. */
@Entity
public class NoIdentifier {
  String name;
}
