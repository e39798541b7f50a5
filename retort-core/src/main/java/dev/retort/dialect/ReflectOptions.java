package dev.retort.dialect;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a {@link SchemaReflector} reads.
 *
 * @param schemas the schemas to read; empty reads every user schema (PostgreSQL: all but {@code
 *     pg_*} and {@code information_schema}; SQLite has only {@code main})
 * @param excludedTables tables left out, with everything that belongs to them (their indexes,
 *     constraints, owned sequences): Retort's version and history tables. A bare name matches in
 *     every schema, {@code schema.table} in one; case is ignored
 */
public record ReflectOptions(List<String> schemas, Set<String> excludedTables) {
  public ReflectOptions {
    schemas = List.copyOf(schemas);
    excludedTables = excludedTables.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  /** Every user schema, without the named tables (e.g. {@code retort_version}, {@code retort_history}). */
  public static ReflectOptions excluding(String... tables) {
    return new ReflectOptions(List.of(), Set.of(tables));
  }

  /** Whether {@code schema.table} is left out. */
  public boolean excludes(String schema, String table) {
    String bare = table.toLowerCase(Locale.ROOT);
    return excludedTables.contains(bare) || excludedTables.contains(schema.toLowerCase(Locale.ROOT) + "." + bare);
  }

  /** Whether the schema is read. */
  public boolean includesSchema(String schema) {
    return schemas.isEmpty() || schemas.contains(schema);
  }
}
