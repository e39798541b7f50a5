package dev.retort.schema;

import java.util.Objects;

/**
 * A column's type twice: as the database reports it, and in the dialect's normalised spelling that
 * comparisons use, so that {@code int4} and {@code integer}, or {@code VARCHAR (20)} and {@code
 * varchar(20)}, are one type.
 *
 * @param reported the type as the database reports it ({@code format_type} on PostgreSQL, the
 *     declared type on SQLite)
 * @param normalized the dialect's canonical spelling, lower case
 */
public record ColumnType(String reported, String normalized) {
  public ColumnType {
    Objects.requireNonNull(reported, "reported");
    Objects.requireNonNull(normalized, "normalized");
  }
}
