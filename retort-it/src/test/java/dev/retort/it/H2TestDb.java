package dev.retort.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * H2: a file database in H2's automatic mixed mode ({@code AUTO_SERVER=TRUE}), so that the test
 * and the separate {@code retort} processes share it. The test JVM opens it first and keeps one
 * connection open, so it is the one that serves the others: a {@code retort} process killed mid-run
 * takes no server down with it. Names are reported in lower case (H2 folds unquoted names to upper).
 */
final class H2TestDb extends TestDb implements AutoCloseable {
  private final Path file;
  private final Connection keeper;

  H2TestDb(Path file) {
    this.file = file.toAbsolutePath();
    try {
      keeper = connect();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the H2 database " + this.file, e);
    }
  }

  /** The database's path without H2's {@code .mv.db}. */
  Path file() {
    return file;
  }

  @Override
  String url() {
    return "jdbc:h2:" + file + ";AUTO_SERVER=TRUE";
  }

  @Override
  Connection connect() throws SQLException {
    return DriverManager.getConnection(url());
  }

  @Override
  String kind() {
    return "h2";
  }

  @Override
  String sleep(double seconds) {
    return "SELECT " + seconds;
  }

  @Override
  Set<String> tables() {
    Set<String> tables = new TreeSet<>();
    for (List<Object> row : query("SELECT table_name FROM information_schema.tables"
        + " WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE'")) {
      tables.add(((String) row.get(0)).toLowerCase(Locale.ROOT));
    }
    return tables;
  }

  @Override
  Map<String, List<String>> columns(String versionTable) {
    Map<String, List<String>> out = new TreeMap<>();
    for (List<Object> row : query("SELECT table_name, column_name || ' ' || data_type FROM information_schema.columns"
        + " WHERE table_schema = 'PUBLIC' AND table_name <> 'RETORT_HISTORY' ORDER BY table_name, ordinal_position")) {
      out.computeIfAbsent(((String) row.get(0)).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(((String) row.get(1)).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** The user tables other than Retort's version, history and lease lock tables. */
  @Override
  Set<String> userTables(String versionTable) {
    Set<String> tables = super.userTables(versionTable);
    tables.remove("retort_lock");
    return tables;
  }

  /** The declared width of a version table's column. */
  int versionColumnWidth(String table) {
    return ((Number) query("SELECT character_maximum_length FROM information_schema.columns WHERE table_schema = 'PUBLIC'"
        + " AND table_name = '" + table.toUpperCase(Locale.ROOT) + "' AND column_name = 'VERSION_NUM'").get(0).get(0))
        .intValue();
  }

  /** Closes the test's own connection (the database closes with the last one, unless a process is serving it). */
  @Override
  public void close() {
    try {
      keeper.close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "H2 " + file.getFileName();
  }
}
