package dev.retort.config;

/** Where a configuration value came from; earlier constants win over later ones. */
public enum Source {
  /** A command-line flag. */
  FLAG,
  /** An environment variable. */
  ENVIRONMENT,
  /** The {@code retort.toml} file. */
  FILE,
  /** Retort's built-in default. */
  DEFAULT
}
