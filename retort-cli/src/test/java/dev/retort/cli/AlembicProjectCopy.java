package dev.retort.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A fresh copy of the test resource {@code alembic-project/} (an Alembic 1.20 project and its {@code app.db}). */
final class AlembicProjectCopy {
  private AlembicProjectCopy() {}

  /** Copies the project into {@code project} (created); returns it. */
  static Path into(Path project) throws IOException, URISyntaxException {
    Path source = Path.of(AlembicProjectCopy.class.getResource("/alembic-project").toURI());
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path from : walk.toList()) {
        Path to = project.resolve(source.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    return project;
  }
}
