package dev.retort.dialect.mysql;

import dev.retort.dialect.Capabilities;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.DdlCompiler;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.LockWait;
import dev.retort.dialect.MigrationLock;
import dev.retort.dialect.SchemaReflector;
import dev.retort.dialect.ScratchKind;
import dev.retort.dialect.ServerDatabases;
import dev.retort.dialect.TableNames;
import dev.retort.dialect.VersionKeyLimit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * MySQL 8 and MariaDB 10.11+: DDL commits implicitly (so a revision is recorded as started before
 * it runs), widths are enforced in strict mode, and {@code GET_LOCK} is the session lock.
 */
public final class MysqlDialect implements Dialect {
  private static final String TABLE_OPTIONS = " ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin";

  @Override
  public String name() {
    return "mysql";
  }

  @Override
  public Capabilities capabilities() {
    // IF EXISTS forms: MySQL 8 has them for tables but not for indexes or columns, so they count as absent
    return new Capabilities(false, true, true, true, false, false, false, false, true, true, false, false, true);
  }

  @Override
  public DdlCompiler ddl() {
    return new MysqlDdlCompiler();
  }

  @Override
  public SchemaReflector reflector() {
    return new MysqlReflector();
  }

  /**
   * The version table as Alembic makes it, with its storage stated so that the primary key's limit
   * does not depend on the server's defaults: InnoDB (transactional row changes, 3072-byte keys) and
   * utf8mb4 with a binary collation, so that ids that differ only in case stay two ids.
   */
  @Override
  public String createVersionTable(String table, int width) {
    return Dialect.super.createVersionTable(table, width) + TABLE_OPTIONS;
  }

  @Override
  public String createHistoryTable(String table) {
    return Dialect.super.createHistoryTable(table) + TABLE_OPTIONS;
  }

  @Override
  public Optional<VersionKeyLimit> versionKeyLimit() {
    return Optional.of(KeyLimits.NEW_TABLE);
  }

  @Override
  public Optional<VersionKeyLimit> versionKeyLimit(Connection connection, String table) throws SQLException {
    return KeyLimits.of(connection, table);
  }

  /**
   * A 10 s connect timeout (both drivers count milliseconds) and the program name that the server
   * shows in performance_schema's connection attributes. Both drivers understand these names.
   */
  @Override
  public Map<String, String> connectionProperties(String application) {
    return Map.of("connectTimeout", "10000", "connectionAttributes", "program_name:" + application.replace(',', ' '));
  }

  /**
   * A string literal for offline scripts. MySQL reads a backslash in a literal as an escape unless
   * the session has NO_BACKSLASH_ESCAPES, so it is doubled as well as the quote: the script is
   * right in the default mode (revision ids, the only literals Retort writes there, hold neither).
   */
  @Override
  public String literal(String value) {
    return MysqlText.quote(value);
  }

  /**
   * MySQL's own forms: a backslash escapes in every string (the default mode; with
   * NO_BACKSLASH_ESCAPES a script that ends a string with a backslash splits differently),
   * {@code "..."} is a string, {@code #} starts a comment, backticks quote names, and there are
   * no dollar quotes.
   */
  @Override
  public dev.retort.script.SqlSyntax sqlSyntax() {
    return new dev.retort.script.SqlSyntax(true, true, true, false);
  }

  @Override
  public ScratchKind scratchKind() {
    return ScratchKind.SERVER_DATABASES;
  }

  @Override
  public ServerDatabases serverDatabases() {
    return new MysqlServerDatabases();
  }

  @Override
  public String historyIdColumn() {
    return "id BIGINT AUTO_INCREMENT PRIMARY KEY";
  }

  @Override
  public String widenVersionColumn(String table, int width) {
    return "ALTER TABLE " + table + " MODIFY version_num VARCHAR(" + width + ") NOT NULL";
  }

  @Override
  public boolean tableExists(Connection connection, String table) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM information_schema.tables"
        + " WHERE table_schema = coalesce(?, database()) AND table_name = ?")) {
      ps.setString(1, TableNames.schema(table));
      ps.setString(2, TableNames.table(table));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  @Override
  public OptionalInt versionColumnWidth(Connection connection, String table) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT character_maximum_length FROM information_schema.columns"
        + " WHERE table_schema = coalesce(?, database()) AND table_name = ? AND column_name = 'version_num'")) {
      ps.setString(1, TableNames.schema(table));
      ps.setString(2, TableNames.table(table));
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return OptionalInt.empty();
        }
        long width = rs.getLong(1);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of((int) width);
      }
    }
  }

  /**
   * MySQL's schemas are its databases: the URL's database is replaced by {@code schema}, which must
   * exist (a session cannot start in a database that does not).
   */
  @Override
  public java.util.Optional<DatabaseUrl> inSchema(DatabaseUrl url, String schema) {
    String jdbc = url.jdbcUrl();
    int hostStart = jdbc.indexOf("//");
    if (hostStart < 0) {
      return java.util.Optional.empty();
    }
    int query = jdbc.indexOf('?', hostStart);
    int end = query < 0 ? jdbc.length() : query;
    int slash = jdbc.indexOf('/', hostStart + 2);
    int pathStart = slash < 0 || slash > end ? end : slash;
    String replaced = jdbc.substring(0, pathStart) + "/" + schema + jdbc.substring(end);
    return java.util.Optional.of(url.withJdbcUrl(replaced, DatabaseUrl.redact(replaced)));
  }

  @Override
  public MigrationLock lock(Connection connection, DatabaseUrl url, String table, LockWait wait) throws SQLException {
    return NamedLock.acquire(connection, LockName.of(database(connection, table), TableNames.table(table)), wait);
  }

  /** The database the version table is in: its qualifier, else the connection's current database. */
  private static String database(Connection connection, String table) throws SQLException {
    String schema = TableNames.schema(table);
    if (schema != null) {
      return schema;
    }
    try (PreparedStatement ps = connection.prepareStatement("SELECT database()"); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getString(1);
    }
  }
}
