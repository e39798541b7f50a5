package dev.retort.autogen.scratch;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.run.Connector;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Scratch databases in this process's memory (SQLite, H2): each {@link #fresh()} is a new named
 * in-memory database of the dialect ({@link Dialect#inMemoryDatabase(String)}), kept alive by one
 * connection this server holds until the next one or {@link #close()} (the database goes when its
 * last connection closes).
 */
final class InMemoryScratch implements ScratchServer {
  private final Dialect dialect;
  private Connection keeper;
  private String product;
  private String version;

  InMemoryScratch(Dialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public ScratchDatabase fresh() {
    closeKeeper();
    String name = "retort_scratch_" + UUID.randomUUID().toString().replace("-", "");
    DatabaseUrl url = dialect.inMemoryDatabase(name)
        .orElseThrow(() -> new IllegalStateException(dialect.name() + " has no in-memory database"));
    keeper = Connector.open(url);
    readProduct(keeper);
    return new ScratchDatabase(url, description());
  }

  @Override
  public String description() {
    return (product == null ? dialect.name() : product) + " in memory";
  }

  @Override
  public String serverVersion() {
    if (version == null) {
      try (Connection c = Connector.open(dialect.inMemoryDatabase("retort_version_probe").orElseThrow())) {
        readProduct(c);
      } catch (SQLException | RuntimeException e) {
        return "unknown";
      }
    }
    return version;
  }

  private void readProduct(Connection connection) {
    try {
      product = connection.getMetaData().getDatabaseProductName();
      version = connection.getMetaData().getDatabaseProductVersion();
    } catch (SQLException e) {
      // the description and version are for messages only
    }
  }

  @Override
  public void close() {
    closeKeeper();
  }

  private void closeKeeper() {
    if (keeper != null) {
      try {
        keeper.close();
      } catch (SQLException ignored) {
        // an in-memory database has nothing to lose
      }
      keeper = null;
    }
  }
}
