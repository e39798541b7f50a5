package dev.retort.dialect;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What differs between databases: the version and history table DDL, column-width reflection,
 * the lock, and capabilities. Implementations are found with {@link java.util.ServiceLoader} by
 * {@link DialectRegistry}.
 */
public interface Dialect {
  /** The URL scheme it serves: {@code sqlite}, {@code postgresql}, {@code mysql}. */
  String name();

  Capabilities capabilities();

  /** The compiler from operations ({@code dev.retort.ops.Op}) to this database's SQL. */
  DdlCompiler ddl();

  /** The reader of this database's schema into {@code dev.retort.schema}, for autogenerate and drift checks. */
  SchemaReflector reflector();

  /** DDL creating the version table if it does not exist: Alembic's shape, with a wider column. */
  default String createVersionTable(String table, int width) {
    return "CREATE TABLE IF NOT EXISTS " + table + " (version_num VARCHAR(" + width + ") NOT NULL, CONSTRAINT "
        + TableNames.table(table) + "_pkc PRIMARY KEY (version_num))";
  }

  /** The history table's generated key column, e.g. {@code id BIGSERIAL PRIMARY KEY}. */
  String historyIdColumn();

  /**
   * DDL creating the history table if it does not exist. The {@code run_state}, {@code statements_*}
   * and {@code failure} columns record a step that runs outside one transaction (started, its
   * progress, failed or completed); a table without them gets them in place when such a step runs.
   */
  default String createHistoryTable(String table) {
    return "CREATE TABLE IF NOT EXISTS " + table + " (" + historyIdColumn() + ","
        + " revision VARCHAR(255) NOT NULL, direction VARCHAR(16) NOT NULL, checksum VARCHAR(64),"
        + " started_at VARCHAR(40) NOT NULL, duration_ms BIGINT NOT NULL, applied_by VARCHAR(255) NOT NULL,"
        + " success BOOLEAN NOT NULL, previous_checksum VARCHAR(64), run_state VARCHAR(24), statements_total INTEGER,"
        + " statements_done INTEGER, statements_ran VARCHAR(4000), failure VARCHAR(2000))";
  }

  /** DDL widening the version column in place. */
  String widenVersionColumn(String table, int width);

  /**
   * The widest version column that a table Retort creates can index as its primary key, or empty
   * when the database sets no such limit below Retort's 255-character ids.
   */
  default Optional<VersionKeyLimit> versionKeyLimit() {
    return Optional.empty();
  }

  /**
   * The widest the existing version table's column can be widened to while it stays the primary
   * key (its character set and storage format decide on MySQL); by default as for a new table.
   */
  default Optional<VersionKeyLimit> versionKeyLimit(Connection connection, String table) throws SQLException {
    return versionKeyLimit();
  }

  /**
   * Driver properties Retort sets on every connection it opens (a connect timeout, a name the
   * server shows for the session) unless the URL sets them; {@code application} names this process.
   */
  default Map<String, String> connectionProperties(String application) {
    return Map.of();
  }

  /** Whether the table exists. */
  boolean tableExists(Connection connection, String table) throws SQLException;

  /** The declared width of {@code version_num}, or empty when the table does not exist or has no limit. */
  OptionalInt versionColumnWidth(Connection connection, String table) throws SQLException;

  /**
   * Takes the migration lock for the version table, polling with short statements so that a
   * waiting process holds no snapshot; {@link LockTimeoutException} after {@code timeout}.
   */
  MigrationLock lock(Connection connection, DatabaseUrl url, String table, LockWait wait) throws SQLException;

  /**
   * The same database with its sessions working in {@code schema} (a fleet target's schema per
   * tenant): unqualified names, such as a revision's tables and the history table, resolve there.
   * Empty when this database has no schemas (SQLite: a database file per tenant instead).
   */
  default java.util.Optional<DatabaseUrl> inSchema(DatabaseUrl url, String schema) {
    return java.util.Optional.empty();
  }

  /**
   * The statements that hand a session, reused from another tenant, to a fleet target whose
   * tenant is {@code schema} (a validated identifier): they clear what a run may leave in a
   * session and make {@code schema} the one unqualified names resolve to. Empty when this
   * dialect's sessions are not reused: each target then opens its own.
   */
  default Optional<String> tenantSessionSetup(String schema) {
    return Optional.empty();
  }

  /** Whether {@code schema} exists (read before creating the version table in it). */
  default boolean schemaExists(Connection connection, String schema) throws SQLException {
    try (java.sql.PreparedStatement ps = connection.prepareStatement(
        "SELECT 1 FROM information_schema.schemata WHERE lower(schema_name) = lower(?)")) {
      ps.setString(1, schema);
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** The statement that creates {@code schema}, where the version table of a qualified name goes. */
  default String createSchema(String schema) {
    return "CREATE SCHEMA IF NOT EXISTS " + schema;
  }

  /**
   * The files this dialect keeps on the local disk for the database at {@code url} (an embedded
   * database's file, its journals and the lock file), which a project keeps out of version
   * control; empty for a server database.
   */
  default List<Path> localFiles(DatabaseUrl url) {
    return List.of();
  }

  /**
   * An in-process database of this dialect named {@code name} (SQLite's or H2's in-memory database),
   * which lives while a connection to it is open and is shared by the connections of this process;
   * empty for a server-only database. Where a dialect has one, its {@link #scratchKind()} is
   * {@link ScratchKind#IN_MEMORY}.
   */
  default java.util.Optional<DatabaseUrl> inMemoryDatabase(String name) {
    return java.util.Optional.empty();
  }

  /** Where autogenerate, check and verify get empty databases of this dialect. */
  default ScratchKind scratchKind() {
    return ScratchKind.NONE;
  }

  /** How to make temporary databases on this dialect's server, for {@link ScratchKind#SERVER_DATABASES}; null otherwise. */
  default ServerDatabases serverDatabases() {
    return null;
  }

  /**
   * Whether the database prints some check expressions in a form that it prints differently once
   * that form is applied again (PostgreSQL's casts), so that autogenerate settles the two sides'
   * texts on a scratch database before comparing them.
   */
  default boolean reprintsChecks() {
    return false;
  }

  /**
   * Whether the driver sends a JDBC batch of DDL statements in one round trip instead of one per
   * statement, savepoint statements included, so that the DDL of a step in a transaction goes as
   * batches (an upgrade, a replay on a scratch database) and waits less on the network.
   */
  default boolean batchesStatements() {
    return false;
  }

  /**
   * Whether one statement can change a version row and insert a history row (a data-modifying
   * {@code WITH}), so that a step's bookkeeping costs one round trip instead of two.
   */
  default boolean movesVersionWithHistory() {
    return false;
  }

  /**
   * Whether a prepared statement may end with {@code ; COMMIT}, sent in the same round trip, and the
   * driver then knows the transaction is over (its {@code commit()} sends nothing more).
   */
  default boolean commitsInPipeline() {
    return false;
  }

  /**
   * The statements that put a session back as it started (settings, role, temporary tables), so
   * that what a replay left in its session does not change what is read through it next; empty when
   * the dialect has none, and a new connection is used instead.
   */
  default java.util.List<String> sessionReset() {
    return java.util.List.of();
  }

  /** How this database's SQL quotes and comments, for splitting scripts into statements. */
  default dev.retort.script.SqlSyntax sqlSyntax() {
    return dev.retort.script.SqlSyntax.STANDARD;
  }

  /** A SQL string literal for offline scripts. */
  default String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
