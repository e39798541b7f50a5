package dev.retort.command;

import java.util.List;

/**
 * One difference between two schemas, as {@code check} and {@code diff} report it: one upgrade
 * operation, described for people.
 *
 * @param kind what changes, stable for scripts: {@code add_table}, {@code drop_table}, {@code
 *     rename_table}, {@code add_column}, {@code drop_column}, {@code alter_column}, {@code add_index},
 *     {@code drop_index}, {@code add_foreign_key}, {@code add_unique}, {@code add_check}, {@code
 *     drop_constraint}, {@code add_primary_key}, {@code drop_primary_key}, {@code add_view}, {@code alter_view},
 *     {@code drop_view}, {@code add_sequence}, {@code alter_sequence}, {@code drop_sequence}, {@code
 *     add_enum_type}, {@code alter_enum_type}, {@code drop_enum_type}, {@code alter_comment}, {@code sql},
 *     {@code insert}, {@code other}
 * @param table the table it concerns, or empty (a view or sequence written as SQL)
 * @param name the element's name: the table, column, index or constraint; empty when unnamed
 * @param description the element and the change, e.g. {@code column users.email: varchar(100) → text}
 * @param sql the statements that make the change, in the database's dialect
 */
public record Difference(String kind, String table, String name, String description, List<String> sql) {
  public Difference {
    sql = List.copyOf(sql);
  }

  /** The summary line: {@code + table orders}, {@code - index ix on users}, {@code ~ column ...}. */
  public String line() {
    String sign = kind.startsWith("add_") ? "+" : kind.startsWith("drop_") ? "-" : "~";
    return sign + " " + description;
  }

  /** The same difference with its SQL. */
  public Difference withSql(List<String> statements) {
    return new Difference(kind, table, name, description, statements);
  }
}
