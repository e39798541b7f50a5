package dev.retort.command;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A tenant's schema and the scratch database's schema under one name, so that comparing them shows
 * only real differences: a schema-per-tenant target's revisions run in {@code tenant_acme}, their
 * replay on the scratch database in its default schema ({@code public}); without this every table
 * would differ by its schema's name.
 */
final class TenantSchemaHome {
  private TenantSchemaHome() {}

  /** The two sides to compare: the live schema renamed to the expected side's home schema, which alone is kept. */
  record Pair(SchemaSnapshot live, SchemaSnapshot expected) {}

  /**
   * {@code live}, reflected in the tenant's schema only, renamed to the home schema of {@code
   * expected} (its only schema, else {@code public}, else its first), and {@code expected} reduced
   * to that schema.
   */
  static Pair of(SchemaSnapshot live, SchemaSnapshot expected) {
    Schema home = home(expected);
    Schema tenant = tenant(live);
    if (home == null) {
      return new Pair(tenant == null ? new SchemaSnapshot(List.of()) : new SchemaSnapshot(List.of(tenant)), expected);
    }
    SchemaSnapshot kept = new SchemaSnapshot(List.of(home));
    if (tenant == null) {
      return new Pair(new SchemaSnapshot(List.of(Schema.of(home.name(), List.of()))), kept);
    }
    return new Pair(new SchemaSnapshot(List.of(renamed(tenant, home.name()))), kept);
  }

  private static Schema home(SchemaSnapshot expected) {
    List<Schema> schemas = expected.schemas();
    if (schemas.isEmpty()) {
      return null;
    }
    if (schemas.size() == 1) {
      return schemas.get(0);
    }
    return schemas.stream().filter(s -> s.name().toLowerCase(Locale.ROOT).equals("public")).findFirst()
        .orElse(schemas.get(0));
  }

  /** The tenant's schema: of those read (the name as given, and folded), the one holding something. */
  private static Schema tenant(SchemaSnapshot live) {
    Schema found = null;
    for (Schema schema : live.schemas()) {
      if (found == null || size(schema) > size(found)) {
        found = schema;
      }
    }
    return found;
  }

  private static int size(Schema schema) {
    return schema.tables().size() + schema.views().size() + schema.sequences().size() + schema.enumTypes().size();
  }

  private static Schema renamed(Schema schema, String name) {
    if (schema.name().equals(name)) {
      return schema;
    }
    List<Table> tables = new ArrayList<>();
    for (Table table : schema.tables()) {
      List<ForeignKey> keys = table.foreignKeys().stream().map(f -> f.referencedSchema().equals(schema.name())
          ? new ForeignKey(f.name(), f.columns(), name, f.referencedTable(), f.referencedColumns(), f.onDelete(),
              f.onUpdate(), f.deferrable(), f.initiallyDeferred())
          : f).toList();
      tables.add(new Table(table.name(), table.columns(), table.primaryKey(), table.uniqueConstraints(),
          table.indexes(), keys, table.checks(), table.comment()));
    }
    return new Schema(name, tables, schema.views(), schema.sequences(), schema.enumTypes());
  }
}
