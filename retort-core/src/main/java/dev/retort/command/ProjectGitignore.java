package dev.retort.command;

import dev.retort.config.ConfigLoader;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.DialectRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code .gitignore} lines {@code retort init} writes in the project folder: the files the
 * database in the generated {@code retort.toml} keeps on disk (for SQLite: the database file, its
 * journals and the migration lock file), read from that file so the names always match it.
 */
final class ProjectGitignore {
  static final String FILE = ".gitignore";
  static final String COMMENT = "# Retort: the local database that retort.toml's url names, and its lock file";

  private ProjectGitignore() {}

  /**
   * Writes the lines into {@code dir/.gitignore}, or appends those it lacks to an existing one.
   * Returns the file when it was created.
   */
  static Optional<Path> write(Path dir, Path config) throws IOException {
    List<String> lines = lines(dir, config);
    Path file = dir.resolve(FILE);
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    if (!Files.exists(file)) {
      List<String> text = new ArrayList<>(List.of(COMMENT));
      text.addAll(lines);
      Files.write(file, text, StandardCharsets.UTF_8);
      return Optional.of(file);
    }
    String existing = Files.readString(file, StandardCharsets.UTF_8);
    Set<String> present = new HashSet<>(existing.lines().map(String::strip).toList());
    List<String> missing = lines.stream().filter(l -> !present.contains(l)).toList();
    if (!missing.isEmpty()) {
      StringBuilder text = new StringBuilder();
      if (!existing.isEmpty() && !existing.endsWith("\n")) {
        text.append('\n');
      }
      text.append(COMMENT).append('\n');
      missing.forEach(l -> text.append(l).append('\n'));
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
    return Optional.empty();
  }

  /** {@code /retort.db}, ...: the database's local files below {@code dir}, anchored to it. */
  static List<String> lines(Path dir, Path config) {
    RetortConfig settings = new ConfigLoader(Map.of(), dir).load(Optional.of(config), Map.of());
    DatabaseUrl url = DatabaseUrl.parse(settings.url(), dir);
    Path base = dir.toAbsolutePath().normalize();
    List<String> lines = new ArrayList<>();
    for (Path local : DialectRegistry.loadInstalled().forUrl(url).localFiles(url)) {
      if (local.startsWith(base)) {
        lines.add("/" + base.relativize(local).toString().replace('\\', '/'));
      }
    }
    return lines;
  }
}
