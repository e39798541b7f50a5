package dev.retort.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One location as written in {@code script_location} or {@code version_locations}: {@code
 * classpath:db/retort} (resources of the class path), {@code filesystem:migrations/versions}, or a
 * path without a prefix, which is a folder of the file system.
 *
 * @param text the location without its prefix
 * @param onClasspath whether it had {@code classpath:}
 */
record LocationText(String text, boolean onClasspath) {

  /**
   * Splits off the prefix. A class-path name loses leading and trailing {@code /} ({@code
   * classpath:/db/retort/} is {@code db/retort}).
   *
   * @throws IllegalArgumentException with what a valid value is, for an empty location
   */
  static LocationText parse(String text) {
    if (text.startsWith(RetortConfig.CLASSPATH_PREFIX)) {
      String name = text.substring(RetortConfig.CLASSPATH_PREFIX.length()).strip().replaceAll("^/+|/+$", "");
      if (name.isEmpty() || name.contains("\\") || name.matches(".*(^|/)\\.{1,2}(/|$).*")) {
        throw new IllegalArgumentException(
            "a class-path folder such as classpath:db/retort (a resource name, '/' between its parts)");
      }
      return new LocationText(name.replaceAll("/+", "/"), true);
    }
    String path = text.startsWith(RetortConfig.FILESYSTEM_PREFIX)
        ? text.substring(RetortConfig.FILESYSTEM_PREFIX.length()).strip()
        : text;
    if (path.isEmpty()) {
      throw new IllegalArgumentException("a folder, such as migrations/versions");
    }
    return new LocationText(path, false);
  }

  /** The resource folder's name, for a class-path location. */
  Optional<String> classpathName() {
    return onClasspath ? Optional.of(text) : Optional.empty();
  }

  /** The folder, relative paths taken against {@code base}. */
  Path folder(Path base) {
    return base.resolve(text).normalize();
  }
}
