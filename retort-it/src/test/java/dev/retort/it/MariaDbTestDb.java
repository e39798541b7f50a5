package dev.retort.it;

import dev.retort.testkit.MariaDbServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * MariaDB: a new database on the test JVM's one server (retort-testkit). Retort is handed the
 * SQLAlchemy form {@code mariadb://root@host:port/db} (MariaDB Connector/J); the test reads with
 * the JDBC form.
 */
final class MariaDbTestDb extends TestDb {
  private final MariaDbServer server;
  private final String name;

  MariaDbTestDb(MariaDbServer server, String name) {
    this.server = server;
    this.name = name;
  }

  /** A new, empty database on the shared server (the test is skipped where MariaDB is absent, failed under CI). */
  static MariaDbTestDb fresh() {
    MariaDbServer server = MariaDbServer.require();
    return new MariaDbTestDb(server, server.newDatabase());
  }

  MariaDbServer server() {
    return server;
  }

  String name() {
    return name;
  }

  @Override
  String url() {
    return server.url(name);
  }

  @Override
  Connection connect() throws SQLException {
    return DriverManager.getConnection(server.jdbcUrl(name));
  }

  @Override
  String kind() {
    return "mysql";
  }

  @Override
  HeldLock holdLock(String table) throws SQLException {
    return HeldLock.mariaDb(this, table);
  }

  @Override
  boolean ddlRollsBack() {
    return false;
  }

  @Override
  String noSuchTable(String table) {
    return "Table '" + name + "." + table + "' doesn't exist";
  }

  @Override
  String sleep(double seconds) {
    return "SELECT SLEEP(" + seconds + ")";
  }

  @Override
  String endless() {
    return "SELECT SLEEP(3600)";
  }

  @Override
  void endOrphanedSessions() {
    for (List<Object> row : query("SELECT id FROM information_schema.processlist WHERE db = database()"
        + " AND id <> connection_id()")) {
      try {
        exec("KILL " + ((Number) row.get(0)).longValue());
      } catch (IllegalStateException e) {
        // the session ended between the query and the KILL
      }
    }
  }

  @Override
  String dropIndex(String index, String table) {
    return "DROP INDEX " + index + " ON " + table;
  }

  @Override
  Set<String> tables() {
    Set<String> tables = new TreeSet<>();
    for (List<Object> row : query("SELECT table_name FROM information_schema.tables WHERE table_schema = database()"
        + " AND table_type = 'BASE TABLE'")) {
      tables.add((String) row.get(0));
    }
    return tables;
  }

  @Override
  Map<String, List<String>> columns(String versionTable) {
    Map<String, List<String>> out = new TreeMap<>();
    for (List<Object> row : query("SELECT table_name, concat(column_name, ' ', column_type) FROM information_schema.columns"
        + " WHERE table_schema = database() AND table_name <> 'retort_history' ORDER BY table_name, ordinal_position")) {
      out.computeIfAbsent((String) row.get(0), k -> new ArrayList<>()).add((String) row.get(1));
    }
    return out;
  }

  @Override
  int versionColumnWidth(String table) {
    return ((Number) query("SELECT character_maximum_length FROM information_schema.columns WHERE table_schema = database()"
        + " AND table_name = '" + table + "' AND column_name = 'version_num'").get(0).get(0)).intValue();
  }

  @Override
  boolean isPrimaryKey(String table, String column) {
    return count("SELECT count(*) FROM information_schema.key_column_usage WHERE table_schema = database()"
        + " AND table_name = '" + table + "' AND column_name = '" + column + "' AND constraint_name = 'PRIMARY'") == 1;
  }

  @Override
  boolean isNotNull(String table, String column) {
    return count("SELECT count(*) FROM information_schema.columns WHERE table_schema = database() AND table_name = '"
        + table + "' AND column_name = '" + column + "' AND is_nullable = 'NO'") == 1;
  }

  @Override
  public String toString() {
    return "MariaDB " + name;
  }
}
