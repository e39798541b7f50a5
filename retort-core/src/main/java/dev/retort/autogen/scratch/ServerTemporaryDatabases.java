package dev.retort.autogen.scratch;

import dev.retort.config.RetortConfig;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.ServerDatabases;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.run.Connector;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Temporary databases on the server of {@code dev_url}, or of {@code url} when {@code dev_url} is
 * not set, made with the dialect's {@link ServerDatabases} statements: each {@link #fresh()} creates
 * {@code retort_scratch_<random hex>} and drops the one before; {@link #close()} drops the last. The
 * user needs the privilege to create and drop databases. MySQL and MariaDB use this.
 */
final class ServerTemporaryDatabases implements ScratchServer {
  private final Connection admin;
  private final DatabaseUrl base;
  private final ServerDatabases statements;
  private final String where;
  private final SecureRandom random = new SecureRandom();
  private String current;

  private ServerTemporaryDatabases(Connection admin, DatabaseUrl base, ServerDatabases statements) {
    this.admin = admin;
    this.base = base;
    this.statements = statements;
    this.where = statements.server(base);
  }

  /**
   * Connects to the server of {@code dev_url}, else of {@code url}.
   *
   * @throws ScratchUnavailableException RT-M005 listing each server tried and why it could not serve
   */
  static ScratchServer open(RetortConfig config, Dialect dialect) {
    ServerDatabases statements = dialect.serverDatabases();
    List<String> tried = new ArrayList<>();
    java.util.Map<String, DatabaseUrl> servers = new java.util.LinkedHashMap<>();
    if (config.devUrl() != null && !config.devUrl().isBlank()) {
      DatabaseUrl dev = DatabaseUrl.parse(config.devUrl(), config.baseFolder());
      servers.put("dev_url " + dev.redacted(), dev);
    } else {
      tried.add("dev_url: not set");
    }
    if (config.url() != null && !config.url().isBlank()) {
      DatabaseUrl url = DatabaseUrl.parse(config.url(), config.baseFolder()).withCredentials(config.user(), config.password());
      servers.put("url " + url.redacted(), url);
    }
    for (java.util.Map.Entry<String, DatabaseUrl> server : servers.entrySet()) {
      String label = server.getKey();
      DatabaseUrl url = server.getValue();
      if (!url.scheme().equals(dialect.name())) {
        tried.add(label + ": not a " + dialect.name() + " database");
        continue;
      }
      try {
        Connection admin = connect(url, statements);
        admin.setAutoCommit(true);
        return new ServerTemporaryDatabases(admin, url, statements);
      } catch (RetortException e) {
        tried.add(label + ": " + e.summary());
      } catch (SQLException e) {
        tried.add(label + ": " + Connector.withoutPassword(String.valueOf(e.getMessage()), url));
      }
    }
    throw new ScratchUnavailableException(
        ErrorCode.M005,
        "no server for temporary " + dialect.name() + " scratch databases: " + tried.size() + " ways tried, none worked",
        tried,
        "set dev_url in retort.toml (or RETORT_DEV_URL) to a " + dialect.name() + " server where the user may create"
            + " and drop databases (Retort creates retort_scratch_* there and drops them), or pass --url",
        null);
  }

  /** The URL's own database, or the server on no database when that one does not exist yet. */
  private static Connection connect(DatabaseUrl url, ServerDatabases statements) {
    try {
      return Connector.open(url);
    } catch (RetortException first) {
      try {
        return Connector.open(statements.withDatabase(url, ""));
      } catch (RetortException second) {
        throw first;
      }
    }
  }

  @Override
  public ScratchDatabase fresh() {
    dropCurrent();
    byte[] bytes = new byte[6];
    random.nextBytes(bytes);
    String name = "retort_scratch_" + HexFormat.of().formatHex(bytes);
    try (Statement st = admin.createStatement()) {
      st.execute(statements.createDatabase(name));
    } catch (SQLException e) {
      throw new ScratchUnavailableException(
          ErrorCode.M005,
          "cannot create a temporary database on " + where,
          List.of(Connector.withoutPassword(String.valueOf(e.getMessage()), base)),
          "grant the configured user the privilege to create and drop databases (GRANT CREATE, DROP ON *.* TO <user>),"
              + " or set dev_url to a server where it has it",
          null);
    }
    current = name;
    return new ScratchDatabase(statements.withDatabase(base, name), "temporary database " + name + " on " + where);
  }

  @Override
  public String description() {
    return "temporary databases on " + where;
  }

  @Override
  public String serverVersion() {
    try (Statement st = admin.createStatement(); ResultSet rs = st.executeQuery("SELECT version()")) {
      return rs.next() ? rs.getString(1) : "unknown";
    } catch (SQLException e) {
      return "unknown";
    }
  }

  @Override
  public void close() {
    try {
      dropCurrent();
    } catch (RetortException e) {
      // close never throws; a database left behind is named retort_scratch_* and may be dropped by hand
    }
    try {
      admin.close();
    } catch (SQLException ignored) {
      // nothing to lose on a connection used only for CREATE and DROP DATABASE
    }
  }

  private void dropCurrent() {
    if (current == null) {
      return;
    }
    String name = current;
    current = null;
    try (Statement st = admin.createStatement()) {
      st.execute(statements.dropDatabase(name));
    } catch (SQLException e) {
      throw new ScratchUnavailableException(
          ErrorCode.M005,
          "cannot drop the temporary database " + name + " on " + where,
          List.of(Connector.withoutPassword(String.valueOf(e.getMessage()), base)),
          "drop it by hand (DROP DATABASE " + name + ")",
          null);
    }
  }
}
