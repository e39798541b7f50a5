package dev.retort.run;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.error.ErrorCode;
import dev.retort.graph.RevisionId;
import dev.retort.lint.LintDatabase;
import dev.retort.store.HistoryEntry;
import dev.retort.store.VersionStore;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads what {@code lint --url} compares with the project, changing nothing: the version rows,
 * the checksum each applied revision had when it was last upgraded (from the history table), the
 * version column's width, and every column's type ({@code table.column} to the type name, both
 * lower case: PostgreSQL's {@code udt_name} such as {@code json}, {@code jsonb}, {@code int4};
 * SQLite's declared type).
 */
public final class LintDatabaseReader {
  private static final Set<String> SYSTEM_SCHEMAS = Set.of("pg_catalog", "information_schema", "pg_toast");

  private LintDatabaseReader() {}

  /** Reads the database; a SQLite file that does not exist yet is an empty database and is not created. */
  public static LintDatabase read(DatabaseUrl url, Dialect dialect, String versionTable) {
    if (url.isMissingSqliteFile()) {
      return new LintDatabase(Set.of(), Map.of(), OptionalInt.empty(), Map.of());
    }
    try (Connection connection = Connector.open(url)) {
      readOnly(connection);
      VersionStore store = new VersionStore(connection, dialect, versionTable);
      boolean exists = store.exists();
      Set<String> rows = exists ? store.rows().stream().map(RevisionId::value).collect(Collectors.toSet()) : Set.of();
      Map<String, String> checksums = exists ? appliedChecksums(store.history()) : Map.of();
      return new LintDatabase(rows, checksums, exists ? store.width() : OptionalInt.empty(), columnTypes(connection));
    } catch (SQLException e) {
      throw new RunException(ErrorCode.D002, null, "cannot read " + url.redacted() + ": " + e.getMessage(), List.of(),
          "check the database is reachable and the user may read " + versionTable + " and the catalog", e);
    }
  }

  /** Asks the driver for a read-only session where it can; SQLite's cannot switch after opening (reads only anyway). */
  private static void readOnly(Connection connection) {
    try {
      connection.setReadOnly(true);
    } catch (SQLException e) {
      // nothing below writes; the flag is a second guard only
    }
  }

  /** Revision to the checksum of its last successful upgrade, for revisions not downgraded since. */
  static Map<String, String> appliedChecksums(List<HistoryEntry> history) {
    Map<String, String> checksums = new HashMap<>();
    for (HistoryEntry entry : history) {
      if (!entry.success()) {
        continue;
      }
      if ((entry.direction().equals("upgrade") || entry.direction().equals(dev.retort.store.AcceptRows.DIRECTION)) && entry.checksum() != null && !entry.checksum().isEmpty()) {
        checksums.put(entry.revision(), entry.checksum());
      } else if (entry.direction().equals("downgrade")) {
        checksums.remove(entry.revision());
      }
    }
    return checksums;
  }

  /**
   * The columns of the connection's own database: on MySQL and MariaDB, where a database is a JDBC
   * catalog and one server holds many, the rows of other databases ({@code mysql}, {@code
   * information_schema}, other applications') are left out.
   */
  private static Map<String, String> columnTypes(Connection connection) throws SQLException {
    Map<String, String> types = new HashMap<>();
    DatabaseMetaData meta = connection.getMetaData();
    String catalog = connection.getCatalog();
    try (ResultSet rs = meta.getColumns(null, null, "%", "%")) {
      while (rs.next()) {
        String schema = rs.getString("TABLE_SCHEM");
        String rowCatalog = rs.getString("TABLE_CAT");
        String table = rs.getString("TABLE_NAME");
        String type = rs.getString("TYPE_NAME");
        if ((schema != null && SYSTEM_SCHEMAS.contains(schema.toLowerCase(Locale.ROOT))) || table == null
            || table.startsWith("sqlite_") || type == null
            || (catalog != null && rowCatalog != null && !rowCatalog.equals(catalog))) {
          continue;
        }
        String key = (table + "." + rs.getString("COLUMN_NAME")).toLowerCase(Locale.ROOT);
        types.putIfAbsent(key, type.toLowerCase(Locale.ROOT).replace("\"", ""));
      }
    }
    return types;
  }
}
