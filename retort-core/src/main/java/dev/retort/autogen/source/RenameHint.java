package dev.retort.autogen.source;

import dev.retort.error.Location;

/**
 * A {@code -- retort:renamed-from old_name} hint: the table or column now named {@code to} was
 * named {@code from} in the current schema, so the diff renames it instead of dropping and adding it.
 *
 * @param kind a table or a column
 * @param table for a column, the name of its table in the desired schema; for a table, its new name
 * @param from the old name
 * @param to the new name
 * @param location where the hint is written, or null (an entity's annotation)
 */
public record RenameHint(Kind kind, String table, String from, String to, Location location) {
  /** What a hint renames. */
  public enum Kind {
    TABLE,
    COLUMN
  }

  /** A table hint. */
  public static RenameHint table(String from, String to, Location location) {
    return new RenameHint(Kind.TABLE, to, from, to, location);
  }

  /** A column hint on {@code table} (its desired name). */
  public static RenameHint column(String table, String from, String to, Location location) {
    return new RenameHint(Kind.COLUMN, table, from, to, location);
  }

  /** How the hint reads in messages: {@code table users (was people)}, {@code column users.email (was mail)}. */
  public String describe() {
    return kind == Kind.TABLE
        ? "table " + to + " (renamed from " + from + ")"
        : "column " + table + "." + to + " (renamed from " + from + ")";
  }
}
