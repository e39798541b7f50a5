package dev.retort.jpa.empty;

/** A class in a package without entities. */
public final class NotAnEntity {
  private NotAnEntity() {}
}
