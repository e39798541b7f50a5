package dev.retort.dialect;

/**
 * Where autogenerate, {@code check} and {@code verify} get the empty databases of a dialect on
 * which they build the schemas they compare ({@link Dialect#scratchKind()}).
 */
public enum ScratchKind {
  /** A new in-memory database for each, from {@link Dialect#inMemoryDatabase(String)} (SQLite, H2). */
  IN_MEMORY,
  /**
   * {@code dev_url} itself when set (it must be empty), else temporary databases on the server of
   * {@code url}, else a server embedded for the run (PostgreSQL).
   */
  DEV_URL_OR_EMBEDDED_SERVER,
  /**
   * Temporary databases created on the server of {@code dev_url}, or of {@code url} when it is not
   * set, with the statements of {@link Dialect#serverDatabases()}, and dropped afterwards (MySQL).
   */
  SERVER_DATABASES,
  /** None: the user names one in {@code dev_url}. */
  NONE
}
