package dev.retort.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The project's resolved configuration, as far as callers need it; the password is never part of it.
 *
 * @param configFile the {@code retort.toml} read, if any
 * @param baseFolder the folder relative settings are taken against: the configuration file's, else
 *     the working directory
 * @param scriptLocation the script directory
 * @param versionLocations the folders revision files are read from
 * @param url the database URL with any password replaced by {@code ***}
 * @param versionTable the version table's name
 * @param lockTimeout how long a run waits for the migration lock
 * @param lintBaseline the lint baseline file
 */
public record ProjectSettings(Optional<Path> configFile, Path baseFolder, Path scriptLocation,
    List<Path> versionLocations, String url, String versionTable, Duration lockTimeout, Path lintBaseline) {
  public ProjectSettings {
    versionLocations = List.copyOf(versionLocations);
  }
}
