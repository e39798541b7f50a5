package dev.retort.command;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.TableNames;
import dev.retort.error.ErrorCode;
import dev.retort.fleet.FleetException;
import java.util.List;
import java.util.Optional;

/** The database of one fleet target, in its schema when it has one. */
final class FleetTargetDatabase {
  private FleetTargetDatabase() {}

  /** What a fleet's targets share: read once, used by every target's run. */
  record Shared(dev.retort.graph.RevisionGraph graph, dev.retort.script.JavaMigrationLoader javaRevisions,
      dev.retort.run.callback.Callbacks callbacks, List<dev.retort.run.repeatable.RepeatableScript> repeatables,
      dev.retort.run.ScriptCache scripts, dev.retort.run.TenantSessions sessions) {
    Shared {
      repeatables = List.copyOf(repeatables);
    }
  }

  /**
   * {@code database} working in {@code schema}: its sessions' search path (or the dialect's
   * equivalent) is the schema, and the version table is qualified with it, so that each tenant has
   * its own version and history tables and its own migration lock. Where the dialect allows,
   * its sessions come from {@code sessions}, shared with the fleet's other schemas of that database.
   *
   * @throws FleetException RT-F004 when the database has no schemas (SQLite)
   */
  static Database of(Database database, Optional<String> schema, dev.retort.run.TenantSessions sessions) {
    if (schema.isEmpty()) {
      return database;
    }
    String name = schema.get();
    DatabaseUrl url = database.dialect().inSchema(database.url(), name).orElseThrow(() -> new FleetException(
        ErrorCode.F004, null, database.dialect().name() + " has no schemas, so a fleet target on "
            + database.url().redacted() + " cannot have schema = \"" + name + "\"",
        List.of("each tenant of a " + database.dialect().name() + " fleet is a database of its own"),
        "remove schema and give each target its own database, e.g. url = \"sqlite:tenants/{name}.db\""));
    Optional<String> setup = database.dialect().tenantSessionSetup(name);
    if (setup.isPresent() && database.url().dataSource() == null) {
      url = url.withDataSource(sessions.forSchema(database.url(), database.dialect(), setup.get()));
    }
    String table = name + "." + TableNames.table(database.options().versionTable());
    return new Database(url, database.dialect(), database.options().withVersionTable(table));
  }
}
