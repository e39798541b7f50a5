package dev.retort.autogen.scratch;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.run.Connector;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

/**
 * SQLite scratch databases in memory: each {@link #fresh()} is a new named in-memory database in
 * shared-cache mode, kept alive by one connection this server holds until the next one or {@link #close()}.
 */
final class SqliteMemoryScratch implements ScratchServer {
  private Connection keeper;
  private String version;

  @Override
  public ScratchDatabase fresh() {
    closeKeeper();
    String name = "retort_scratch_" + UUID.randomUUID().toString().replace("-", "");
    String jdbc = "jdbc:sqlite:file:" + name + "?mode=memory&cache=shared";
    DatabaseUrl url = new DatabaseUrl("sqlite", jdbc, new Properties(), null, "sqlite:///:memory:");
    keeper = Connector.open(url);
    return new ScratchDatabase(url, description());
  }

  @Override
  public String description() {
    return "SQLite in memory";
  }

  @Override
  public String serverVersion() {
    if (version == null) {
      DatabaseUrl memory = new DatabaseUrl("sqlite", "jdbc:sqlite::memory:", new Properties(), null, "sqlite:///:memory:");
      try (Connection c = Connector.open(memory);
          Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT sqlite_version()")) {
        rs.next();
        version = rs.getString(1);
      } catch (SQLException e) {
        return "unknown";
      }
    }
    return version;
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
