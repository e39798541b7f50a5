package dev.retort.autogen.scratch;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.run.Connector;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * H2 scratch databases in memory: each {@link #fresh()} is a new named in-memory database in this
 * JVM, kept alive by one connection this server holds until the next one or {@link #close()} (H2
 * drops an in-memory database when its last connection closes).
 */
final class H2MemoryScratch implements ScratchServer {
  private Connection keeper;
  private String version;

  @Override
  public ScratchDatabase fresh() {
    closeKeeper();
    String name = "retort_scratch_" + UUID.randomUUID().toString().replace("-", "");
    DatabaseUrl url = DatabaseUrl.parse("jdbc:h2:mem:" + name, java.nio.file.Path.of(""));
    keeper = Connector.open(url);
    return new ScratchDatabase(url, description());
  }

  @Override
  public String description() {
    return "H2 in memory";
  }

  @Override
  public String serverVersion() {
    if (version == null) {
      DatabaseUrl memory = DatabaseUrl.parse("jdbc:h2:mem:", java.nio.file.Path.of(""));
      try (Connection c = Connector.open(memory);
          Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT H2VERSION()")) {
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
