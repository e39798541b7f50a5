package dev.retort.dialect;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where an H2 database lives, read from its URL: an embedded file (the path to which H2 adds
 * {@code .mv.db}), an in-memory database, or a server or other store ({@code tcp://}, {@code
 * ssl://}, {@code zip:}) whose files Retort does not see.
 *
 * @param kind file, memory or remote
 * @param path for a file database: its absolute path without H2's {@code .mv.db}; else null
 * @param driverUrl the JDBC URL for the driver: a relative file path made absolute, the rest as written
 */
public record H2Location(Kind kind, Path path, String driverUrl) {
  /** How the database is reached. */
  public enum Kind {
    /** An embedded file database. */
    FILE,
    /** An in-memory database ({@code mem:}). */
    MEMORY,
    /** A server or another store ({@code tcp:}, {@code ssl:}, {@code zip:}, ...). */
    REMOTE
  }

  /** The prefix of H2's JDBC URLs. */
  public static final String JDBC_PREFIX = "jdbc:h2:";

  // tcp:, ssl:, zip:, nio:, split:, async: ...; a Windows drive letter (C:) is one letter, so it is a file
  private static final Pattern STORE_PREFIX = Pattern.compile("[A-Za-z]{2,}:.*");

  /**
   * Reads what follows {@code jdbc:h2:} (or Retort's short {@code h2:}); a relative file path is
   * taken against {@code base}, as SQLite's are, and a path under {@code ~} is left for H2 to expand.
   */
  static H2Location read(String rest, Path base) {
    int semicolon = rest.indexOf(';');
    String location = semicolon < 0 ? rest : rest.substring(0, semicolon);
    String settings = semicolon < 0 ? "" : rest.substring(semicolon);
    String lower = location.toLowerCase(Locale.ROOT);
    if (lower.startsWith("mem:")) {
      return new H2Location(Kind.MEMORY, null, JDBC_PREFIX + rest);
    }
    String file = lower.startsWith("file:") ? location.substring("file:".length()) : location;
    if (file.startsWith("~")) {
      Path home = Path.of(System.getProperty("user.home"));
      return new H2Location(Kind.FILE, home.resolve(file.substring(1).replaceFirst("^[/\\\\]+", "")).normalize(),
          JDBC_PREFIX + rest + keepOpenAtExit(settings));
    }
    if (file.isEmpty() || STORE_PREFIX.matcher(file).matches()) {
      return new H2Location(Kind.REMOTE, null, JDBC_PREFIX + rest);
    }
    Path path = base.resolve(file).toAbsolutePath().normalize();
    return new H2Location(Kind.FILE, path, JDBC_PREFIX + path + settings + keepOpenAtExit(settings));
  }

  /**
   * {@code ;DB_CLOSE_ON_EXIT=FALSE} unless the URL says otherwise: H2's own shutdown hook would
   * close an embedded database while Retort's still writes to it (a revision that called {@code
   * System.exit}: its history row marked failed, its lease released). Retort closes its
   * connections itself. H2 refuses the setting with {@code AUTO_SERVER=TRUE}.
   */
  private static String keepOpenAtExit(String settings) {
    String upper = settings.toUpperCase(Locale.ROOT);
    return upper.contains("DB_CLOSE_ON_EXIT") || upper.contains("AUTO_SERVER") ? "" : ";DB_CLOSE_ON_EXIT=FALSE";
  }

  /** The location of a {@code jdbc:h2:} URL, or empty for another URL. */
  public static Optional<H2Location> of(String jdbcUrl) {
    if (jdbcUrl == null || !jdbcUrl.startsWith(JDBC_PREFIX)) {
      return Optional.empty();
    }
    return Optional.of(read(jdbcUrl.substring(JDBC_PREFIX.length()), Path.of("")));
  }
}
