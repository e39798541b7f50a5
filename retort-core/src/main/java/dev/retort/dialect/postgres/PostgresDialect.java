package dev.retort.dialect.postgres;

import dev.retort.dialect.Capabilities;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.DdlCompiler;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.LockWait;
import dev.retort.dialect.MigrationLock;
import dev.retort.dialect.SchemaReflector;
import dev.retort.dialect.ScratchKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.OptionalInt;

/** PostgreSQL: transactional DDL, enforced widths, a session advisory lock per version table. */
public final class PostgresDialect implements Dialect {
  @Override
  public String name() {
    return "postgresql";
  }

  @Override
  public Capabilities capabilities() {
    return new Capabilities(true, true, true, true, true, true, true, true, false, false, true, true, true);
  }

  @Override
  public DdlCompiler ddl() {
    return new PostgresDdlCompiler();
  }

  @Override
  public SchemaReflector reflector() {
    return new PostgresReflector();
  }

  /** The session's name in pg_stat_activity (so a lock holder can be named) and a 10 s connect timeout. */
  @Override
  public Map<String, String> connectionProperties(String application) {
    return Map.of("ApplicationName", application, "connectTimeout", "10");
  }

  @Override
  public ScratchKind scratchKind() {
    return ScratchKind.DEV_URL_OR_EMBEDDED_SERVER;
  }

  @Override
  public boolean reprintsChecks() {
    return true;
  }

  @Override
  public boolean batchesStatements() {
    return true;
  }

  @Override
  public boolean movesVersionWithHistory() {
    return true;
  }

  /** pgjdbc tracks the server's transaction status and sends no {@code COMMIT} of its own when idle. */
  @Override
  public boolean commitsInPipeline() {
    return true;
  }

  @Override
  public java.util.List<String> sessionReset() {
    return java.util.List.of("SET SESSION AUTHORIZATION DEFAULT", "RESET ALL", "DISCARD TEMP");
  }

  @Override
  public String historyIdColumn() {
    return "id BIGSERIAL PRIMARY KEY";
  }

  @Override
  public String widenVersionColumn(String table, int width) {
    return "ALTER TABLE " + table + " ALTER COLUMN version_num TYPE VARCHAR(" + width + ")";
  }

  @Override
  public boolean tableExists(Connection connection, String table) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  /** From {@code pg_namespace}: {@code information_schema.schemata} checks privileges row by row, milliseconds per fleet target. */
  @Override
  public boolean schemaExists(Connection connection, String schema) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM pg_namespace WHERE lower(nspname) = lower(?)")) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /**
   * Read from {@code pg_attribute} by the table's regclass, not from {@code information_schema.columns}:
   * that view cannot use the catalog's indexes for a name, so it scanned every column of every table,
   * milliseconds of server time per run on a database with many schemas (a fleet of tenants).
   */
  @Override
  public OptionalInt versionColumnWidth(Connection connection, String table) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT CASE WHEN a.atttypid IN ('varchar'::regtype, 'bpchar'::regtype) AND a.atttypmod > 4"
            + " THEN a.atttypmod - 4 END FROM pg_attribute a"
            + " WHERE a.attrelid = to_regclass(?) AND a.attname = 'version_num' AND NOT a.attisdropped")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return OptionalInt.empty();
        }
        int width = rs.getInt(1);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(width);
      }
    }
  }

  /**
   * A reused session: advisory locks released, the session's settings and temporary tables gone,
   * and the tenant's schema as the search path ({@code currentSchema} sets the same when a
   * session opens).
   */
  @Override
  public java.util.Optional<String> tenantSessionSetup(String schema) {
    return java.util.Optional.of("SELECT pg_advisory_unlock_all(); SET SESSION AUTHORIZATION DEFAULT; RESET ALL;"
        + " DISCARD TEMP; SET search_path TO " + schema);
  }

  /** {@code currentSchema}: the driver sends it as the session's {@code search_path} when it connects (RESET keeps it). */
  @Override
  public java.util.Optional<DatabaseUrl> inSchema(DatabaseUrl url, String schema) {
    return java.util.Optional.of(url.withProperty("currentSchema", schema));
  }

  @Override
  public MigrationLock lock(Connection connection, DatabaseUrl url, String table, LockWait wait) throws SQLException {
    return AdvisoryLock.acquire(connection, lockKey(table), wait);
  }

  /** A stable 64-bit key for the table's lock (FNV-1a of "retort:" + table). */
  static long lockKey(String table) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : ("retort:" + table).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
