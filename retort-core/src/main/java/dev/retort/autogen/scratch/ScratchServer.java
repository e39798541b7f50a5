package dev.retort.autogen.scratch;

/**
 * Hands out empty scratch databases of one dialect and removes them when closed. For SQLite each
 * is a new in-memory database; for PostgreSQL the configured {@code dev_url}, else temporary
 * databases created on the configured server, else an embedded PostgreSQL started for the run.
 */
public interface ScratchServer extends AutoCloseable {
  /**
   * A new empty database. A caller finishes with the previous one before asking for the next: a
   * server backed by a single {@code dev_url} database empties and hands out that same database again.
   */
  ScratchDatabase fresh();

  /** Which kind of scratch database this is, for the console, without a password. */
  String description();

  /**
   * The version of the database software behind the scratch databases ({@code 14.10} for
   * PostgreSQL, {@code 3.46.1} for SQLite), so that a cache of reflected schemas is not reused
   * across versions that reflect differently.
   */
  default String serverVersion() {
    return "unknown";
  }

  /**
   * Says the database last handed out is no longer needed, so that a server that drops its
   * databases may start dropping it now, in the background, while the caller goes on (comparing,
   * printing); the next {@link #fresh()} or {@link #close()} waits for it. Does nothing by default.
   */
  default void release() {}

  /** Drops what it created (temporary databases, an embedded server); never throws. */
  @Override
  void close();
}
