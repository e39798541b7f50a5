package dev.retort.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A history for the squash tests, SQL that SQLite and PostgreSQL both run: {@code r0} (table z),
 * then the range {@code r1..r3} (table a, its column name, table b), then {@code r4} (an index on
 * b) and {@code r5} (table c), which keep {@code Revises: r3} / {@code r4}. {@link #squash}
 * writes the squash of {@code r1..r3} by hand, as a user would.
 */
final class SquashFixture {
  static final String R0 = "r0000000000a";
  static final String R1 = "r1111111111a";
  static final String R2 = "r2222222222a";
  static final String R3 = "r3333333333a";
  static final String R4 = "r4444444444a";
  static final String R5 = "r5555555555a";
  static final String SQUASH = "s9999999999a";

  private SquashFixture() {}

  /** The revisions r0..r5 in {@code folder}. */
  static void history(Path folder) {
    ApiProject.revision(folder, R0, "", "create z", "CREATE TABLE z (id INTEGER PRIMARY KEY);", "DROP TABLE z;");
    ApiProject.revision(folder, R1, R0, "create a", "CREATE TABLE a (id INTEGER PRIMARY KEY);", "DROP TABLE a;");
    ApiProject.revision(folder, R2, R1, "add a name", "ALTER TABLE a ADD COLUMN name TEXT;",
        "ALTER TABLE a DROP COLUMN name;");
    ApiProject.revision(folder, R3, R2, "create b", "CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER);",
        "DROP TABLE b;");
    ApiProject.revision(folder, R4, R3, "index b", "CREATE INDEX ix_b_a ON b (a_id);", "DROP INDEX ix_b_a;");
    ApiProject.revision(folder, R5, R4, "create c", "CREATE TABLE c (id INTEGER PRIMARY KEY);", "DROP TABLE c;");
  }

  /** The hand-written squash of r1..r3: the same schema in one revision. */
  static void squash(Path folder) {
    String text = "-- Revision: " + SQUASH + "\n-- Revises: " + R0 + "\n-- Message: squash a and b\n"
        + "-- Replaces: " + R1 + ", " + R2 + ", " + R3 + "\n\n-- +upgrade\n"
        + "CREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT);\n"
        + "CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER);\n\n-- +downgrade\nDROP TABLE b;\nDROP TABLE a;\n";
    try {
      Files.writeString(folder.resolve(SQUASH + "_squash_a_and_b.sql"), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
