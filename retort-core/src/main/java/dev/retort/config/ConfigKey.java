package dev.retort.config;

import java.util.Locale;

/** The keys {@code retort.toml} accepts, with their defaults. */
enum ConfigKey {
  SCRIPT_LOCATION("migrations"),
  VERSION_LOCATIONS(""),
  URL("sqlite:retort.db"),
  VERSION_TABLE("retort_version"),
  VERSION_COLUMN_WIDTH("255"),
  AUTO_WIDEN_VERSION_COLUMN("true"),
  TRANSACTION_PER_MIGRATION("true"),
  LOCK_TIMEOUT("60s"),
  SCHEMA(""),
  DEV_URL(""),
  CLASSPATH(""),
  USER(""),
  PASSWORD(""),
  REPEATABLE_LOCATIONS(""),
  CALLBACK_LOCATIONS(""),
  PLACEHOLDER_REPLACEMENT("false");

  final String defaultValue;

  ConfigKey(String defaultValue) {
    this.defaultValue = defaultValue;
  }

  /** The key as written in {@code retort.toml}. */
  String tomlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The environment variable that sets it, e.g. {@code RETORT_VERSION_TABLE}. */
  String envName() {
    return "RETORT_" + name();
  }

  static ConfigKey fromToml(String name) {
    for (ConfigKey key : values()) {
      if (key.tomlName().equals(name)) {
        return key;
      }
    }
    return null;
  }
}
