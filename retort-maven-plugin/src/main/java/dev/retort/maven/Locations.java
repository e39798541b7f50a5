package dev.retort.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <locations>} as Flyway names them: {@code filesystem:<folder>} (also the meaning of a
 * location without a prefix), taken against the project's folder, and {@code classpath:<resource
 * folder>}, passed on to Retort as written.
 */
final class Locations {
  static final String FILESYSTEM = "filesystem:";
  static final String CLASSPATH = "classpath:";

  private Locations() {}

  /**
   * The {@code version_locations} value for {@code locations} (each may itself hold several,
   * separated by commas).
   *
   * @throws PluginSettingException RT-C002 for a prefix other than {@code filesystem:} or {@code classpath:}
   */
  static String toSetting(List<String> locations, Path basedir) {
    List<String> entries = new ArrayList<>();
    for (String value : locations) {
      for (String entry : value.split(",")) {
        String location = entry.strip();
        if (!location.isEmpty()) {
          entries.add(one(location, basedir));
        }
      }
    }
    return String.join(",", entries);
  }

  private static String one(String location, Path basedir) {
    if (location.startsWith(CLASSPATH)) {
      return location;
    }
    String folder = location.startsWith(FILESYSTEM) ? location.substring(FILESYSTEM.length()) : location;
    // "c:/x" is a Windows drive, not a prefix; any other word before a colon is a prefix Retort does not know
    int colon = folder.indexOf(':');
    if (colon > 1 && folder.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
      throw PluginSettingException.unknownLocationPrefix(location);
    }
    return basedir.resolve(folder).normalize().toString();
  }
}
