package dev.retort.maven;

import dev.retort.api.RetortBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code retort.*} property names: the plugin's own ({@code retort.skip}, {@code
 * retort.target}, ...) and one per {@code retort.toml} key, in camel case ({@code
 * retort.versionTable} sets {@code version_table}); {@code retort.locations} sets {@code
 * version_locations}.
 */
final class PropertyNames {
  /** The prefix of every property the plugin reads. */
  static final String PREFIX = "retort.";

  /**
   * Properties that steer the plugin, not a {@code retort.toml} key. {@code retort.version} is
   * here so that a pom may keep the plugin's version in that property.
   */
  static final Set<String> PLUGIN_SETTINGS = Set.of("skip", "configFile", "serverId", "target", "purge", "message",
      "autogenerate", "revisionId", "sarifFile", "strict", "lintDatabase", "dryRun", "version", "heads", "minRevision",
      "skipRevisions", "junitFile", "revision", "resolution");

  private PropertyNames() {}

  /** The {@code retort.toml} key a property (without the prefix) sets; empty for a plugin setting or an unknown name. */
  static Optional<String> tomlKey(String name) {
    if (name.equals("locations")) {
      return Optional.of("version_locations");
    }
    String key = snakeCase(name);
    return RetortBuilder.settingNames().contains(key) ? Optional.of(key) : Optional.empty();
  }

  /** Whether {@code name} (without the prefix) is a plugin setting. */
  static boolean isPluginSetting(String name) {
    return PLUGIN_SETTINGS.contains(name);
  }

  /** Every property name the plugin understands, with the prefix, for near-match suggestions. */
  static List<String> all() {
    List<String> names = new ArrayList<>();
    PLUGIN_SETTINGS.stream().sorted().forEach(n -> names.add(PREFIX + n));
    names.add(PREFIX + "locations");
    RetortBuilder.settingNames().forEach(k -> names.add(PREFIX + camelCase(k)));
    return names;
  }

  /** {@code versionTable} → {@code version_table}; {@code version_table} stays. */
  static String snakeCase(String name) {
    StringBuilder out = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (Character.isUpperCase(c)) {
        out.append('_').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** {@code version_table} → {@code versionTable}. */
  static String camelCase(String key) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : key.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
