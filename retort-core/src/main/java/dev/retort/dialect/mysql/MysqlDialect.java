package dev.retort.dialect.mysql;

import dev.retort.dialect.Capabilities;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.DdlCompiler;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.LockWait;
import dev.retort.dialect.MigrationLock;
import dev.retort.dialect.SchemaReflector;
import dev.retort.dialect.TableNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalInt;

/**
 * MySQL 8 and MariaDB 10.11+: DDL commits implicitly (so a revision is recorded as started before
 * it runs), widths are enforced in strict mode, and {@code GET_LOCK} is the session lock.
 */
public final class MysqlDialect implements Dialect {
  @Override
  public String name() {
    return "mysql";
  }

  @Override
  public Capabilities capabilities() {
    // IF EXISTS forms: MySQL 8 has them for tables but not for indexes or columns, so they count as absent
    return new Capabilities(false, true, true, true, false, false, false, false, true, true);
  }

  @Override
  public DdlCompiler ddl() {
    return new MysqlDdlCompiler();
  }

  @Override
  public SchemaReflector reflector() {
    return new MysqlReflector();
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

  @Override
  public MigrationLock lock(Connection connection, DatabaseUrl url, String table, LockWait wait) throws SQLException {
    throw new UnsupportedOperationException("the MySQL lock (GET_LOCK) is being built");
  }
}
