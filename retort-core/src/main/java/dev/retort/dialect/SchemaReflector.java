package dev.retort.dialect;

import dev.retort.schema.SchemaSnapshot;

/**
 * Reads a database's schema into the model of {@code dev.retort.schema}. Each dialect owns one
 * ({@link Dialect#reflector()}), since the catalog queries, the SQL it parses and the type
 * spellings differ. Reflection reads whole object kinds at once (one query per kind across all
 * tables), so the number of queries does not grow with the number of tables.
 */
public interface SchemaReflector {
  /**
   * The schema as the database holds it now.
   *
   * @param lookup read-only queries on the database (a {@link JdbcSchemaLookup} over a connection)
   * @param options the schemas to read and the tables to leave out
   * @throws SchemaLookupException when a catalog query fails
   */
  SchemaSnapshot reflect(SchemaLookup lookup, ReflectOptions options);
}
