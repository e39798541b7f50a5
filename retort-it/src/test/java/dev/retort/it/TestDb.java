package dev.retort.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** A real database a test works on, with the queries the tests check state with. */
abstract class TestDb {
  /** The URL handed to Retort in {@code RETORT_URL}. */
  abstract String url();

  abstract Connection connect() throws SQLException;

  /** "postgresql", "sqlite", "mysql" or "h2". */
  abstract String kind();

  /**
   * Whether a rolled-back transaction takes its DDL with it. True for PostgreSQL and SQLite; MySQL,
   * MariaDB and H2 commit each CREATE, ALTER or DROP as it runs, so a failed revision leaves the
   * statements before the failure in place (and Retort records it for {@code retort resolve}).
   */
  abstract boolean ddlRollsBack();

  /** The database's own message for a statement on {@code table} when no such table exists. */
  abstract String noSuchTable(String table);

  /**
   * Whether {@code VARCHAR(n)} refuses a longer value. SQLite does not: it stores any text whole,
   * whatever width the column declares.
   */
  boolean enforcesVarcharWidth() {
    return true;
  }

  /**
   * Whether the database has an in-memory form Retort can open as a scratch database without being
   * told one (SQLite, H2); a server database needs {@code dev_url}.
   */
  boolean hasInMemoryForm() {
    return false;
  }

  /** The SQL a revision uses to sleep this long (a no-op statement on SQLite). */
  abstract String sleep(double seconds);

  /**
   * A statement that runs until its process is killed (an hour at least), for tests that kill a
   * run in the middle of a revision. Every dialect must have one: StartedRecordTest uses it.
   */
  abstract String endless();

  /**
   * After a client process was killed, ends the server sessions it left running a statement (a
   * server notices a dead client only when it next writes to it, so a session in a long statement
   * would keep its locks until the statement ends). Nothing to do for an embedded database.
   */
  abstract void endOrphanedSessions();

  /** Takes the migration lock of version table {@code table} as another Retort process holds it. */
  abstract HeldLock holdLock(String table) throws Exception;

  /**
   * Whether each version table has a migration lock of its own, so that two projects sharing a
   * database do not wait for each other. Not on SQLite: its lock is a file beside the database file.
   */
  boolean locksPerVersionTable() {
    return true;
  }

  /** The user tables (Retort's own tables included). */
  abstract Set<String> tables();

  /** The statement dropping an index (MySQL names the table too). */
  String dropIndex(String index, String table) {
    return "DROP INDEX " + index;
  }

  /** The declared width of a version table's column {@code version_num}. */
  abstract int versionColumnWidth(String table);

  /** Whether {@code column} is the primary key of {@code table}. */
  abstract boolean isPrimaryKey(String table, String column);

  /** Whether {@code column} of {@code table} is declared NOT NULL (lower-case names). */
  boolean isNotNull(String table, String column) {
    return count("SELECT count(*) FROM information_schema.columns WHERE table_name = '" + table
        + "' AND column_name = '" + column + "' AND is_nullable = 'NO'") == 1;
  }

  /** One row of {@code retort_history}. */
  record History(String revision, String direction, String checksum, boolean success) {}

  /** The environment for a Retort run on this database. */
  Map<String, String> env() {
    return Map.of("RETORT_URL", url());
  }

  /** The user tables other than Retort's version and history tables. */
  Set<String> userTables(String versionTable) {
    Set<String> tables = new TreeSet<>(tables());
    tables.remove(versionTable);
    tables.remove("retort_history");
    return tables;
  }

  Set<String> userTables() {
    return userTables("retort_version");
  }

  boolean hasTable(String table) {
    return tables().contains(table);
  }

  /** The version rows, sorted; empty when the table does not exist. */
  List<String> rows(String versionTable) {
    if (!hasTable(versionTable)) {
      return List.of();
    }
    List<String> rows = new ArrayList<>();
    for (List<Object> row : query("SELECT version_num FROM " + versionTable + " ORDER BY version_num")) {
      rows.add((String) row.get(0));
    }
    return rows;
  }

  List<String> rows() {
    return rows("retort_version");
  }

  /** Every history row, oldest first; empty when the table does not exist. */
  List<History> history() {
    if (!hasTable("retort_history")) {
      return List.of();
    }
    List<History> out = new ArrayList<>();
    try (Connection c = connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT revision, direction, checksum, success FROM retort_history ORDER BY id")) {
      while (rs.next()) {
        out.add(new History(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  /** Runs statements in autocommit. */
  void exec(String... sql) {
    try (Connection c = connect(); Statement st = c.createStatement()) {
      for (String s : sql) {
        st.execute(s);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("failed: " + String.join("; ", sql), e);
    }
  }

  /** All rows of a query, each as a list of column values. */
  List<List<Object>> query(String sql) {
    try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      List<List<Object>> rows = new ArrayList<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("failed: " + sql, e);
    }
  }

  long count(String sql) {
    return ((Number) query(sql).get(0).get(0)).longValue();
  }

  /** Each user table with its column names, for comparing two databases' schemas. */
  abstract Map<String, List<String>> columns(String versionTable);

  /** PostgreSQL: a database on the class's embedded server. */
  static final class Pg extends TestDb {
    private final int port;
    private final String name;

    Pg(int port, String name) {
      this.port = port;
      this.name = name;
    }

    int port() {
      return port;
    }

    String name() {
      return name;
    }

    @Override
    String url() {
      return "jdbc:postgresql://localhost:" + port + "/" + name + "?user=postgres";
    }

    @Override
    Connection connect() throws SQLException {
      return DriverManager.getConnection(url());
    }

    @Override
    String kind() {
      return "postgresql";
    }

    @Override
    HeldLock holdLock(String table) throws SQLException {
      return HeldLock.postgres(this, table);
    }

    @Override
    boolean ddlRollsBack() {
      return true;
    }

    @Override
    String noSuchTable(String table) {
      return "relation \"" + table + "\" does not exist";
    }

    @Override
    String sleep(double seconds) {
      return "SELECT pg_sleep(" + seconds + ")";
    }

    @Override
    String endless() {
      return "SELECT pg_sleep(3600)";
    }

    @Override
    void endOrphanedSessions() {
      query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
          + " AND pid <> pg_backend_pid()");
    }

    @Override
    Set<String> tables() {
      Set<String> tables = new TreeSet<>();
      for (List<Object> row : query(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
        tables.add((String) row.get(0));
      }
      return tables;
    }

    @Override
    Map<String, List<String>> columns(String versionTable) {
      Map<String, List<String>> out = new TreeMap<>();
      for (List<Object> row : query("SELECT table_name, column_name || ' ' || data_type FROM information_schema.columns"
          + " WHERE table_schema = 'public' AND table_name <> 'retort_history' ORDER BY table_name, ordinal_position")) {
        out.computeIfAbsent((String) row.get(0), k -> new ArrayList<>()).add((String) row.get(1));
      }
      return out;
    }

    @Override
    int versionColumnWidth(String table) {
      return ((Number) query("SELECT character_maximum_length FROM information_schema.columns WHERE table_schema = 'public'"
          + " AND table_name = '" + table + "' AND column_name = 'version_num'").get(0).get(0)).intValue();
    }

    @Override
    boolean isPrimaryKey(String table, String column) {
      return count("SELECT count(*) FROM information_schema.table_constraints t JOIN information_schema.key_column_usage k"
          + " USING (constraint_schema, constraint_name) WHERE t.table_schema = 'public' AND t.table_name = '" + table
          + "' AND t.constraint_type = 'PRIMARY KEY' AND k.column_name = '" + column + "'") == 1;
    }

    @Override
    public String toString() {
      return "PostgreSQL " + name;
    }
  }

  /** SQLite: a file. */
  static final class Sqlite extends TestDb {
    private final Path file;

    Sqlite(Path file) {
      this.file = file.toAbsolutePath();
    }

    Path file() {
      return file;
    }

    @Override
    String url() {
      return "jdbc:sqlite:" + file;
    }

    @Override
    Connection connect() throws SQLException {
      return DriverManager.getConnection(url());
    }

    @Override
    String kind() {
      return "sqlite";
    }

    @Override
    HeldLock holdLock(String table) throws java.io.IOException {
      return HeldLock.sqlite(file);
    }

    @Override
    boolean locksPerVersionTable() {
      return false;
    }

    @Override
    boolean ddlRollsBack() {
      return true;
    }

    @Override
    String noSuchTable(String table) {
      return "no such table: " + table;
    }

    @Override
    boolean enforcesVarcharWidth() {
      return false;
    }

    @Override
    boolean hasInMemoryForm() {
      return true;
    }

    @Override
    String sleep(double seconds) {
      return "SELECT " + seconds;
    }

    @Override
    String endless() {
      // SQLite has no sleep: a recursive count with no end, which only the kill stops
      return "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n";
    }

    @Override
    void endOrphanedSessions() {
      // embedded: the killed process took its connection with it
    }

    @Override
    Set<String> tables() {
      Set<String> tables = new TreeSet<>();
      if (!java.nio.file.Files.exists(file)) {
        return tables;
      }
      for (List<Object> row : query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
        tables.add((String) row.get(0));
      }
      return tables;
    }

    @Override
    Map<String, List<String>> columns(String versionTable) {
      Map<String, List<String>> out = new TreeMap<>();
      for (String table : tables()) {
        if (table.equals("retort_history")) {
          continue;
        }
        for (List<Object> row : query("SELECT name || ' ' || type FROM pragma_table_info('" + table + "') ORDER BY cid")) {
          out.computeIfAbsent(table, k -> new ArrayList<>()).add((String) row.get(0));
        }
      }
      return out;
    }

    /** The width in the column's declared type ({@code VARCHAR(32)}), which SQLite keeps but does not enforce. */
    @Override
    int versionColumnWidth(String table) {
      String type = (String) query("SELECT type FROM pragma_table_info('" + table + "') WHERE name = 'version_num'")
          .get(0).get(0);
      java.util.regex.Matcher width = java.util.regex.Pattern.compile("\\((\\d+)\\)").matcher(type);
      if (!width.find()) {
        throw new IllegalStateException(table + ".version_num is declared " + type + ", with no width");
      }
      return Integer.parseInt(width.group(1));
    }

    @Override
    boolean isPrimaryKey(String table, String column) {
      return count("SELECT count(*) FROM pragma_table_info('" + table + "') WHERE name = '" + column + "' AND pk = 1")
          == 1;
    }

    @Override
    boolean isNotNull(String table, String column) {
      return count("SELECT count(*) FROM pragma_table_info('" + table + "') WHERE name = '" + column
          + "' AND \"notnull\" = 1") == 1;
    }

    @Override
    public String toString() {
      return "SQLite " + file.getFileName();
    }
  }
}
