package dev.retort.dialect;

/**
 * How to make and remove databases on a server, for temporary scratch databases ({@link
 * ScratchKind#SERVER_DATABASES}).
 */
public interface ServerDatabases {
  /**
   * The URL of database {@code name} on the server of {@code url}, with its user, password and
   * options; an empty name gives a connection to the server on no database.
   */
  DatabaseUrl withDatabase(DatabaseUrl url, String name);

  /** {@code host:port} of the server of {@code url}, for messages. */
  String server(DatabaseUrl url);

  /** The statement that creates the empty database {@code name} (a checked identifier). */
  String createDatabase(String name);

  /** The statement that drops database {@code name} if it exists. */
  String dropDatabase(String name);
}
