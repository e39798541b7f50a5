package dev.retort.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes SQL revision files into a versions folder, as a developer would. */
record RevisionFiles(Path folder) {

  RevisionFiles {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code <id>_<slug>.sql} revising {@code parent} (empty for a base); returns the file. */
  Path write(String id, String parent, String message, String upgrade, String downgrade) {
    String text = "-- Revision: " + id + "\n"
        + "-- Revises: " + parent + "\n"
        + "-- Message: " + message + "\n"
        + "\n"
        + "-- +upgrade\n"
        + upgrade + "\n"
        + "\n"
        + "-- +downgrade\n"
        + downgrade + "\n";
    Path file = folder.resolve(id + "_" + message.replace(' ', '_') + ".sql");
    try {
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The two revisions most tests use: {@code items} with one row, then {@code tags}. */
  void writeItemsAndTags() {
    write(ITEMS, "", "create items",
        "CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);\n"
            + "INSERT INTO items (id, name) VALUES (1, 'first');",
        "DROP TABLE items;");
    write(TAGS, ITEMS, "create tags", "CREATE TABLE tags (id INTEGER PRIMARY KEY, label VARCHAR(40));",
        "DROP TABLE tags;");
  }

  static final String ITEMS = "aaaa00000001";
  static final String TAGS = "bbbb00000002";
}
