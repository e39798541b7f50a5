package dev.retort.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Retort project in a temporary folder: {@code retort.toml} and SQL revision files under
 * {@code migrations/versions/}, written by hand the way a user writes them.
 */
final class Project {
  private final Path dir;
  private final Map<String, Path> files = new HashMap<>();

  private Project(Path dir) {
    this.dir = dir;
  }

  /** A project with {@code script_location = "migrations"} plus the given TOML lines. */
  static Project in(Path dir, String... tomlLines) {
    Project project = new Project(dir);
    project.config(tomlLines);
    try {
      Files.createDirectories(project.versions());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return project;
  }

  /** Rewrites retort.toml. */
  Project config(String... tomlLines) {
    StringBuilder toml = new StringBuilder("script_location = \"migrations\"\n");
    for (String line : tomlLines) {
      toml.append(line).append('\n');
    }
    write(dir.resolve("retort.toml"), toml.toString());
    return this;
  }

  Path dir() {
    return dir;
  }

  Path versions() {
    return dir.resolve("migrations").resolve("versions");
  }

  /** The file of a revision written by {@link #rev}. */
  Path path(String id) {
    Path path = files.get(id);
    if (path == null) {
      throw new IllegalArgumentException("no revision " + id);
    }
    return path;
  }

  /** The 1-based line of the first line of a revision's file that contains {@code text}. */
  int lineOf(String id, String text) {
    List<String> lines = read(path(id)).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(text + " is not in " + path(id));
  }

  /** Starts a revision; {@code revises} is the {@code Revises:} text (empty for a base). */
  Rev rev(String id, String revises) {
    return new Rev(id, revises);
  }

  /** Runs the command line in process in this project's folder. */
  Cli.Result run(Map<String, String> env, String... args) {
    return Cli.run(dir, env, args);
  }

  static void write(Path path, String content) {
    try {
      Files.createDirectories(path.getParent());
      Files.writeString(path, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One SQL revision file under construction. */
  final class Rev {
    private final String id;
    private final String revises;
    private String message;
    private String labels = "";
    private String dependsOn = "";
    private boolean transactional = true;
    private String upgrade = "";
    private String downgrade;

    private Rev(String id, String revises) {
      this.id = id;
      this.revises = revises;
      this.message = "revision " + id;
    }

    Rev message(String text) {
      this.message = text;
      return this;
    }

    Rev labels(String text) {
      this.labels = text;
      return this;
    }

    Rev dependsOn(String text) {
      this.dependsOn = text;
      return this;
    }

    Rev nonTransactional() {
      this.transactional = false;
      return this;
    }

    /** The upgrade section's statements, as written in the file. */
    Rev up(String sql) {
      this.upgrade = sql;
      return this;
    }

    /** The downgrade section's statements (no section at all when never called). */
    Rev down(String sql) {
      this.downgrade = sql;
      return this;
    }

    /** A revision that creates table {@code t_<id>} and drops it on downgrade. */
    Rev table() {
      return up("CREATE TABLE t_" + id + " (id INTEGER PRIMARY KEY, note VARCHAR(40));")
          .down("DROP TABLE t_" + id + ";");
    }

    Path write() {
      StringBuilder text = new StringBuilder();
      text.append("-- Revision: ").append(id).append('\n');
      text.append("-- Revises: ").append(revises).append('\n');
      text.append("-- Message: ").append(message).append('\n');
      text.append("-- Create-Date: 2026-03-01T10:00:00Z\n");
      if (!labels.isEmpty()) {
        text.append("-- Branch-Labels: ").append(labels).append('\n');
      }
      if (!dependsOn.isEmpty()) {
        text.append("-- Depends-On: ").append(dependsOn).append('\n');
      }
      if (!transactional) {
        text.append("-- Transactional: false\n");
      }
      text.append("\n-- +upgrade\n").append(upgrade.strip()).append('\n');
      if (downgrade != null) {
        text.append("\n-- +downgrade\n").append(downgrade.strip()).append('\n');
      }
      Path file = versions().resolve(id + "_" + message.replaceAll("[^A-Za-z0-9]+", "_") + ".sql");
      Project.write(file, text.toString());
      files.put(id, file);
      return file;
    }
  }
}
