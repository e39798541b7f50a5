package dev.retort.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The project's resolved configuration, as far as callers need it; the password is never part of it.
 *
 * @param configFile the {@code retort.toml} read, if any
 * @param scriptLocation the script directory
 * @param versionLocations the folders revision files are read from
 * @param url the database URL with any password replaced by {@code ***}
 * @param urlGivenExplicitly whether the URL came from code or a command-line flag (not the file,
 *     environment or default)
 * @param versionTable the version table's name
 * @param lockTimeout how long a run waits for the migration lock
 * @param lintBaseline the lint baseline file
 */
public record ProjectSettings(Optional<Path> configFile, Path scriptLocation, List<Path> versionLocations, String url,
    boolean urlGivenExplicitly, String versionTable, Duration lockTimeout, Path lintBaseline) {
  public ProjectSettings {
    versionLocations = List.copyOf(versionLocations);
  }

  /** The folder relative paths of the project are taken against: the configuration file's, else the working one. */
  public Path baseFolder() {
    return configFile.map(f -> f.toAbsolutePath().getParent()).orElse(Path.of("").toAbsolutePath());
  }
}
