package dev.retort.dialect.sqlite;

import dev.retort.dialect.Capabilities;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.DdlCompiler;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.LockWait;
import dev.retort.dialect.MigrationLock;
import dev.retort.dialect.TableNames;
import dev.retort.dialect.SchemaReflector;
import dev.retort.dialect.ScratchKind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SQLite: transactional DDL, unenforced VARCHAR widths, an OS file lock beside the database file. */
public final class SqliteDialect implements Dialect {
  /** The lock file is the database file's name with this suffix, in the same folder. */
  static final String LOCK_SUFFIX = ".retort-lock";
  private static final Pattern WIDTH = Pattern.compile("(?i)\\s*(?:VAR)?CHAR(?:ACTER)?(?: VARYING)?\\s*\\(\\s*(\\d+)\\s*\\)\\s*");

  @Override
  public String name() {
    return "sqlite";
  }

  @Override
  public Capabilities capabilities() {
    // a file lock stands in for a session lock: the operating system releases it when the process dies
    return new Capabilities(true, false, false, true, true, false, false, false, false, false, true, false, false);
  }

  @Override
  public DdlCompiler ddl() {
    return new SqliteDdlCompiler();
  }

  @Override
  public SchemaReflector reflector() {
    return new SqliteReflector();
  }

  /** Waits up to 30 s for another connection's write lock on the file instead of failing at once. */
  @Override
  public Map<String, String> connectionProperties(String application) {
    return Map.of("busy_timeout", "30000");
  }

  @Override
  public ScratchKind scratchKind() {
    return ScratchKind.IN_MEMORY;
  }

  @Override
  public String historyIdColumn() {
    return "id INTEGER PRIMARY KEY AUTOINCREMENT";
  }

  @Override
  public String widenVersionColumn(String table, int width) {
    return "-- SQLite does not enforce VARCHAR widths; " + table + ".version_num needs no widening";
  }

  @Override
  public boolean tableExists(Connection connection, String table) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
      ps.setString(1, TableNames.table(table));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  @Override
  public OptionalInt versionColumnWidth(Connection connection, String table) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT type FROM pragma_table_info(?) WHERE name = 'version_num'")) {
      ps.setString(1, TableNames.table(table));
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return OptionalInt.empty();
        }
        Matcher m = WIDTH.matcher(rs.getString(1));
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
      }
    }
  }

  /** An attached database ({@code main.retort_version}) always exists. */
  @Override
  public boolean schemaExists(Connection connection, String schema) {
    return true;
  }

  @Override
  public MigrationLock lock(Connection connection, DatabaseUrl url, String table, LockWait wait) {
    if (url.sqliteFile() == null) {
      return () -> { };
    }
    return FileLock.acquire(lockFile(url.sqliteFile()), wait);
  }

  /** The database file, SQLite's rollback journal and write-ahead log, and the migration lock file. */
  @Override
  public List<Path> localFiles(DatabaseUrl url) {
    Path db = url.sqliteFile();
    if (db == null) {
      return List.of();
    }
    return List.of(db, sibling(db, "-journal"), sibling(db, "-wal"), sibling(db, "-shm"), lockFile(db));
  }

  private static Path lockFile(Path db) {
    return sibling(db, LOCK_SUFFIX);
  }

  private static Path sibling(Path db, String suffix) {
    return db.resolveSibling(db.getFileName() + suffix);
  }

  @Override
  public java.util.Optional<DatabaseUrl> inMemoryDatabase(String name) {
    return java.util.Optional.of(new DatabaseUrl("sqlite", "jdbc:sqlite:file:" + name + "?mode=memory&cache=shared",
        new java.util.Properties(), null, "sqlite:///:memory:"));
  }
}
