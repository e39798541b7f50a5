package dev.retort.api;

import java.util.List;

/**
 * One difference between two schemas: one operation from the current schema to the desired one.
 *
 * @param kind what changes, stable for scripts: {@code add_table}, {@code drop_column}, {@code alter_column},
 *     {@code add_index}, ... (see docs/autogenerate.md)
 * @param table the table it concerns, or empty
 * @param name the element's name, or empty when unnamed
 * @param description the element and the change, e.g. {@code column users.email: varchar(100) → text}
 * @param sql the statements that make the change, in the database's dialect
 */
public record SchemaDifference(String kind, String table, String name, String description, List<String> sql) {
  public SchemaDifference {
    sql = List.copyOf(sql);
  }

  /** The summary line: {@code + table orders}, {@code - index ix on users}, {@code ~ column ...}. */
  public String line() {
    String sign = kind.startsWith("add_") ? "+" : kind.startsWith("drop_") ? "-" : "~";
    return sign + " " + description;
  }
}
