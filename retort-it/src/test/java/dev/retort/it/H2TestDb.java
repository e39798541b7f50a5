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
 * and separate {@code retort} processes can share it: whichever process opens it first serves the
 * others. {@link #served} has the test JVM open it first and keep one connection open until
 * {@link #close()}, so that a {@code retort} process killed mid-run takes no server down with it.
 * Names are reported in lower case (H2 folds unquoted names to upper case).
 */
final class H2TestDb extends TestDb implements AutoCloseable {
  private final Path file;
  private final Connection keeper;
  private final String settings;

  /** A database that is open only while someone uses it (what the parameterised suites get). */
  H2TestDb(Path file) {
    this(file, ";AUTO_SERVER=TRUE");
  }

  private H2TestDb(Path file, String settings) {
    this.file = file.toAbsolutePath();
    this.keeper = null;
    this.settings = settings;
  }

  private H2TestDb(Path file, boolean serve) {
    this.file = file.toAbsolutePath();
    this.settings = ";AUTO_SERVER=TRUE";
    try {
      keeper = connect();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the H2 database " + this.file, e);
    }
  }

  /**
   * A plain embedded database ({@code jdbc:h2:<file>}): one process at a time opens it, each
   * with H2 inside its own JVM.
   */
  static H2TestDb embedded(Path file) {
    return new H2TestDb(file, "");
  }

  /** A database this JVM serves to the others until {@link #close()}. */
  static H2TestDb served(Path file) {
    return new H2TestDb(file, true);
  }

  /** The database's path without H2's {@code .mv.db}. */
  Path file() {
    return file;
  }

  @Override
  String url() {
    return "jdbc:h2:" + file + settings;
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
  HeldLock holdLock(String table) throws SQLException {
    return HeldLock.h2(this, table);
  }

  @Override
  boolean ddlRollsBack() {
    return false;
  }

  /** H2 names the table as it folded it, in upper case. */
  @Override
  String noSuchTable(String table) {
    return "Table \"" + table.toUpperCase(Locale.ROOT) + "\" not found";
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
    // H2 has no sleep: a scan of a range with no practical end, read row by row in constant memory
    return "SELECT MAX(MOD(X, 7)) FROM SYSTEM_RANGE(1, 9223372036854775807)";
  }

  @Override
  void endOrphanedSessions() {
    // this JVM serves the database: a killed client's session may still be running a statement here
    query("SELECT CANCEL_SESSION(SESSION_ID) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID <> SESSION_ID()");
  }

  /**
   * The user tables and Retort's version and history tables; not the lease lock's {@code retort_lock},
   * which every run creates before it reads anything (the tests that need it query it).
   */
  @Override
  Set<String> tables() {
    Set<String> tables = new TreeSet<>();
    for (List<Object> row : query("SELECT table_name FROM information_schema.tables"
        + " WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE' AND table_name <> 'RETORT_LOCK'")) {
      tables.add(((String) row.get(0)).toLowerCase(Locale.ROOT));
    }
    return tables;
  }

  @Override
  Map<String, List<String>> columns(String versionTable) {
    Map<String, List<String>> out = new TreeMap<>();
    for (List<Object> row : query("SELECT table_name, column_name || ' ' || data_type FROM information_schema.columns"
        + " WHERE table_schema = 'PUBLIC' AND table_name NOT IN ('RETORT_HISTORY', 'RETORT_LOCK')"
        + " ORDER BY table_name, ordinal_position")) {
      out.computeIfAbsent(((String) row.get(0)).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(((String) row.get(1)).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  @Override
  int versionColumnWidth(String table) {
    return ((Number) query("SELECT character_maximum_length FROM information_schema.columns WHERE table_schema = 'PUBLIC'"
        + " AND table_name = '" + table.toUpperCase(Locale.ROOT) + "' AND column_name = 'VERSION_NUM'").get(0).get(0))
        .intValue();
  }

  @Override
  boolean isPrimaryKey(String table, String column) {
    return count("SELECT count(*) FROM information_schema.table_constraints t JOIN information_schema.key_column_usage k"
        + " ON k.constraint_schema = t.constraint_schema AND k.constraint_name = t.constraint_name"
        + " WHERE t.table_schema = 'PUBLIC' AND t.table_name = '" + table.toUpperCase(Locale.ROOT)
        + "' AND t.constraint_type = 'PRIMARY KEY' AND k.column_name = '" + column.toUpperCase(Locale.ROOT) + "'") == 1;
  }

  @Override
  boolean isNotNull(String table, String column) {
    return super.isNotNull(table.toUpperCase(Locale.ROOT), column.toUpperCase(Locale.ROOT));
  }

  /** Stops serving the database (its files can then be deleted); nothing for one that is not served. */
  @Override
  public void close() {
    if (keeper == null) {
      return;
    }
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
