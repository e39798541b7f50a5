package dev.retort.autogen.source;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.JdbcSchemaLookup;
import dev.retort.dialect.ReflectOptions;
import dev.retort.run.Connector;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.store.VersionStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Reflects a database's schema, leaving out Retort's own version and history tables. */
public final class SnapshotReader {
  private final Dialect dialect;
  private final ReflectOptions options;

  /** A reader for {@code dialect} that leaves out {@code versionTable} and the history table. */
  public SnapshotReader(Dialect dialect, String versionTable) {
    this.dialect = dialect;
    this.options = ReflectOptions.excluding(versionTable, VersionStore.HISTORY_TABLE);
  }

  private SnapshotReader(Dialect dialect, ReflectOptions options) {
    this.dialect = dialect;
    this.options = options;
  }

  /**
   * The same reader for one schema alone (a fleet target's schema per tenant), named as given or
   * folded to lower or upper case, as the database may store it.
   */
  public SnapshotReader inSchema(String schema) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>(List.of(schema,
        schema.toLowerCase(java.util.Locale.ROOT), schema.toUpperCase(java.util.Locale.ROOT)));
    return new SnapshotReader(dialect, new ReflectOptions(List.copyOf(names), options.excludedTables()));
  }

  /** The schema of the database at {@code url}. */
  public SchemaSnapshot read(DatabaseUrl url) {
    try (Connection connection = Connector.open(url)) {
      return read(connection);
    } catch (SQLException e) {
      throw new SchemaSourceException(dev.retort.error.ErrorCode.D002, null,
          "cannot read the schema of " + url.redacted() + ": " + e.getMessage(), List.of(),
          "check the database is reachable and the user may read its catalog", e);
    }
  }

  /** The schema seen through an open connection. */
  public SchemaSnapshot read(Connection connection) {
    return dialect.reflector().reflect(new JdbcSchemaLookup(connection), options);
  }
}
