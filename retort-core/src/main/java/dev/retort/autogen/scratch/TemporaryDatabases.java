package dev.retort.autogen.scratch;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.run.Connector;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.FutureTask;

/**
 * Temporary databases on a PostgreSQL server: each {@link #fresh()} creates {@code
 * retort_scratch_<random hex>} ({@code CREATE DATABASE … TEMPLATE template0}) and drops the one
 * before; {@link #close()} drops the last. The user needs the {@code CREATEDB} privilege.
 */
final class TemporaryDatabases implements ScratchServer {
  private final Connection admin;
  private final DatabaseUrl base;
  private final PgServerUrl server;
  private final String where;
  private final String serverVersion;
  private final int versionNumber;
  private final SecureRandom random = new SecureRandom();
  private String current;
  /** The drop {@link #release()} started, or null. */
  private FutureTask<Void> dropping;

  private TemporaryDatabases(Connection admin, DatabaseUrl base, PgServerUrl server, String where, String serverVersion,
      int versionNumber) {
    this.admin = admin;
    this.base = base;
    this.server = server;
    this.where = where;
    this.serverVersion = serverVersion;
    this.versionNumber = versionNumber;
  }

  /**
   * Connects to the server of {@code url} and checks that its user may create databases.
   *
   * @param where how the server is named on the console: {@code localhost:5432}
   * @throws ScratchUnavailableException RT-M005 when the server is unreachable or the user lacks {@code CREATEDB}
   */
  static TemporaryDatabases open(DatabaseUrl url, String where) {
    PgServerUrl server = PgServerUrl.of(url);
    if (server == null) {
      throw unavailable(url.redacted() + " is not a PostgreSQL server URL");
    }
    Connection admin = connect(url, server);
    try {
      if (!mayCreateDatabases(admin)) {
        String user = single(admin, "SELECT current_user");
        throw unavailable("user " + user + " on " + where + " may not create databases (no CREATEDB privilege)");
      }
      admin.setAutoCommit(true);
      return new TemporaryDatabases(admin, url, server, where, PgVersion.of(admin), PgVersion.number(admin));
    } catch (SQLException | RuntimeException e) {
      closeQuietly(admin);
      if (e instanceof ScratchUnavailableException s) {
        throw s;
      }
      throw unavailable("cannot use " + where + ": " + Connector.withoutPassword(String.valueOf(e.getMessage()), url));
    }
  }

  @Override
  public ScratchDatabase fresh() {
    awaitDrop();
    dropCurrent();
    String name = "retort_scratch_" + HexFormat.of().formatHex(bytes());
    try (Statement st = admin.createStatement()) {
      st.execute("CREATE DATABASE " + name + " TEMPLATE template0");
    } catch (SQLException e) {
      throw new ScratchUnavailableException(
          ErrorCode.M005,
          "cannot create a temporary database on " + where,
          List.of(Connector.withoutPassword(String.valueOf(e.getMessage()), base)),
          "grant the configured user CREATEDB (ALTER ROLE <user> CREATEDB), or set dev_url to an empty database",
          null);
    }
    current = name;
    return new ScratchDatabase(server.scratch(base, name), "temporary database " + name + " on " + where);
  }

  private byte[] bytes() {
    byte[] bytes = new byte[6];
    random.nextBytes(bytes);
    return bytes;
  }

  @Override
  public String description() {
    return "temporary databases on " + where;
  }

  @Override
  public String serverVersion() {
    return serverVersion;
  }

  @Override
  public void release() {
    if (current == null || dropping != null) {
      return;
    }
    dropping = new FutureTask<>(this::dropCurrent, null);
    Thread thread = new Thread(dropping, "retort-scratch-drop");
    thread.setDaemon(true);
    thread.start();
  }

  /** Waits for the drop {@link #release()} started; throws what it threw (RT-M005). */
  private void awaitDrop() {
    FutureTask<Void> drop = dropping;
    if (drop == null) {
      return;
    }
    dropping = null;
    try {
      drop.get();
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    try {
      awaitDrop();
    } catch (RetortException e) {
      // close never throws; a database left behind is named retort_scratch_* and may be dropped by hand
    }
    try {
      dropCurrent();
    } catch (RetortException e) {
      // close never throws; a database left behind is named retort_scratch_* and may be dropped by hand
    }
    closeQuietly(admin);
  }

  private void dropCurrent() {
    if (current == null) {
      return;
    }
    String name = current;
    current = null;
    try (Statement st = admin.createStatement()) {
      if (versionNumber >= 130_000) {
        st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      } else {
        try (PreparedStatement kill = admin.prepareStatement(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
          kill.setString(1, name);
          kill.executeQuery().close();
        }
        st.execute("DROP DATABASE IF EXISTS " + name);
      }
    } catch (SQLException e) {
      throw new ScratchUnavailableException(
          ErrorCode.M005,
          "cannot drop the temporary database " + name + " on " + where,
          List.of(Connector.withoutPassword(String.valueOf(e.getMessage()), base)),
          "drop it by hand (DROP DATABASE " + name + ") and close the connections that use it",
          null);
    }
  }

  private static Connection connect(DatabaseUrl url, PgServerUrl server) {
    try {
      return Connector.open(url);
    } catch (RetortException first) {
      if (server.database().equals("postgres")) {
        throw unavailable(first.summary());
      }
      try {
        // the configured database may not exist yet; the maintenance database serves as well
        return Connector.open(server.withDatabase(url, "postgres"));
      } catch (RetortException second) {
        throw unavailable(first.summary());
      }
    }
  }

  private static boolean mayCreateDatabases(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(
            "SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user")) {
      return rs.next() && rs.getBoolean(1);
    }
  }

  private static String single(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static ScratchUnavailableException unavailable(String reason) {
    return new ScratchUnavailableException(
        ErrorCode.M005, reason, List.of(), "set dev_url to an empty database, or grant the user CREATEDB", null);
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // nothing to lose on a connection used only for CREATE and DROP DATABASE
    }
  }
}
