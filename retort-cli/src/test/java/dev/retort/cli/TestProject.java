package dev.retort.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Retort project written into a temporary folder: {@code retort.toml} and SQL revision files
 * under {@code migrations/versions/}. Revisions are declared with a small builder:
 *
 * <pre>
 * project.rev("2222bbbb0002", "1111aaaa0001", "add email").labels("users").write();
 * </pre>
 */
final class TestProject {
  private final Path dir;
  private final Map<String, Path> files = new HashMap<>();
  private final Map<String, List<String>> parents = new HashMap<>();

  private TestProject(Path dir) {
    this.dir = dir;
  }

  /** A project with {@code script_location = "migrations"} and an empty versions folder. */
  static TestProject in(Path dir) {
    TestProject project = new TestProject(dir);
    project.file("retort.toml", "script_location = \"migrations\"\n");
    try {
      Files.createDirectories(project.versions());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return project;
  }

  Path dir() {
    return dir;
  }

  Path versions() {
    return dir.resolve("migrations").resolve("versions");
  }

  /** Writes any file below the project folder. */
  Path file(String relative, String content) {
    Path path = dir.resolve(relative);
    try {
      Files.createDirectories(path.getParent());
      Files.writeString(path, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return path;
  }

  /** Starts a revision; {@code revises} is the {@code Revises:} text (empty for a base). */
  Rev rev(String id, String revises, String message) {
    return new Rev(id, revises, message);
  }

  /** The file written for a revision id. */
  Path path(String id) {
    Path path = files.get(id);
    if (path == null) {
      throw new IllegalArgumentException("no revision " + id + " written");
    }
    return path;
  }

  /** The path as Retort shows it: relative to the process's working directory when inside it. */
  String shown(String id) {
    return shown(path(id));
  }

  static String shown(Path file) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
  }

  /** The parent ids of every revision written, as declared. */
  Map<String, List<String>> parents() {
    return parents;
  }

  /** Runs the command line in this project's folder with an empty environment. */
  CliRun.Result run(String... args) {
    return CliRun.run(dir, Map.of(), args);
  }

  /** One revision file under construction. */
  final class Rev {
    private final String id;
    private final String revises;
    private final String message;
    private String createDate = "2026-03-01T10:00:00Z";
    private String labels = "";
    private String dependsOn = "";
    private String fileName;

    private Rev(String id, String revises, String message) {
      this.id = id;
      this.revises = revises;
      this.message = message;
      this.fileName = id + "_" + message.replaceAll("[^A-Za-z0-9]+", "_") + ".sql";
    }

    Rev date(String value) {
      this.createDate = value;
      return this;
    }

    Rev labels(String value) {
      this.labels = value;
      return this;
    }

    Rev dependsOn(String value) {
      this.dependsOn = value;
      return this;
    }

    Rev fileName(String value) {
      this.fileName = value;
      return this;
    }

    Path write() {
      StringBuilder text = new StringBuilder();
      text.append("-- Revision: ").append(id).append('\n');
      text.append("-- Revises: ").append(revises).append('\n');
      text.append("-- Message: ").append(message).append('\n');
      text.append("-- Create-Date: ").append(createDate).append('\n');
      if (!labels.isEmpty()) {
        text.append("-- Branch-Labels: ").append(labels).append('\n');
      }
      if (!dependsOn.isEmpty()) {
        text.append("-- Depends-On: ").append(dependsOn).append('\n');
      }
      String table = "t_" + id;
      text.append("\n-- +upgrade\nCREATE TABLE ").append(table).append(" (id INTEGER PRIMARY KEY);\n");
      text.append("\n-- +downgrade\nDROP TABLE ").append(table).append(";\n");
      Path path = file("migrations/versions/" + fileName, text.toString());
      files.put(id, path);
      List<String> ids = new ArrayList<>();
      for (String part : revises.split(",")) {
        if (!part.isBlank()) {
          ids.add(part.strip());
        }
      }
      parents.put(id, ids);
      return path;
    }
  }
}
