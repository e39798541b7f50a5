package dev.retort.dialect.h2;

/**
 * The {@code INFORMATION_SCHEMA} queries of H2 2.x that {@link H2Reflector} runs, one per object
 * kind across every user schema. Each row starts with the schema and table name.
 */
final class H2Catalog {
  private H2Catalog() {}

  private static final String USER_SCHEMA = " <> 'INFORMATION_SCHEMA'";

  static final String TABLES = "SELECT table_schema, table_name, remarks FROM information_schema.tables"
      + " WHERE table_type = 'BASE TABLE' AND table_schema" + USER_SCHEMA + " ORDER BY table_schema, table_name";

  static final String COLUMNS = "SELECT c.table_schema, c.table_name, c.column_name, c.data_type,"
      + " c.character_maximum_length, c.numeric_precision, c.numeric_scale, c.datetime_precision, c.is_nullable,"
      + " c.column_default, c.is_identity, c.identity_generation, c.is_generated, c.generation_expression, c.remarks"
      + " FROM information_schema.columns c JOIN information_schema.tables t"
      + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
      + " WHERE t.table_type = 'BASE TABLE' AND c.table_schema" + USER_SCHEMA
      + " ORDER BY c.table_schema, c.table_name, c.ordinal_position";

  /** Primary keys and unique constraints with their columns in key order. */
  static final String KEYS = "SELECT tc.table_schema, tc.table_name, tc.constraint_name, tc.constraint_type, k.column_name"
      + " FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage k"
      + " ON k.constraint_schema = tc.constraint_schema AND k.constraint_name = tc.constraint_name"
      + " WHERE tc.constraint_type IN ('PRIMARY KEY', 'UNIQUE') AND tc.table_schema" + USER_SCHEMA
      + " ORDER BY tc.table_schema, tc.table_name, tc.constraint_name, k.ordinal_position";

  /** Foreign keys, one row per column pair, with the referenced table and the rules. */
  static final String FOREIGN_KEYS = "SELECT k.table_schema, k.table_name, k.constraint_name, k.column_name,"
      + " r.table_schema, r.table_name, r.column_name, rc.delete_rule, rc.update_rule"
      + " FROM information_schema.referential_constraints rc"
      + " JOIN information_schema.key_column_usage k"
      + " ON k.constraint_schema = rc.constraint_schema AND k.constraint_name = rc.constraint_name"
      + " JOIN information_schema.key_column_usage r ON r.constraint_schema = rc.unique_constraint_schema"
      + " AND r.constraint_name = rc.unique_constraint_name AND r.ordinal_position = k.position_in_unique_constraint"
      + " WHERE k.table_schema" + USER_SCHEMA
      + " ORDER BY k.table_schema, k.table_name, k.constraint_name, k.ordinal_position";

  static final String CHECKS = "SELECT tc.table_schema, tc.table_name, tc.constraint_name, cc.check_clause"
      + " FROM information_schema.table_constraints tc JOIN information_schema.check_constraints cc"
      + " ON cc.constraint_schema = tc.constraint_schema AND cc.constraint_name = tc.constraint_name"
      + " WHERE tc.constraint_type = 'CHECK' AND tc.table_schema" + USER_SCHEMA;

  /** Indexes created with CREATE INDEX (H2 marks those of keys and constraints as generated). */
  static final String INDEXES = "SELECT i.table_schema, i.table_name, i.index_name, i.index_type_name,"
      + " c.column_name, c.ordering_specification"
      + " FROM information_schema.indexes i JOIN information_schema.index_columns c"
      + " ON c.index_schema = i.index_schema AND c.index_name = i.index_name AND c.table_name = i.table_name"
      + " WHERE i.is_generated = FALSE AND i.table_schema" + USER_SCHEMA
      + " ORDER BY i.table_schema, i.table_name, i.index_name, c.ordinal_position";

  static final String VIEWS = "SELECT v.table_schema, v.table_name, v.view_definition, t.remarks"
      + " FROM information_schema.views v JOIN information_schema.tables t"
      + " ON t.table_schema = v.table_schema AND t.table_name = v.table_name"
      + " WHERE v.table_schema" + USER_SCHEMA;

  static final String SCHEMAS = "SELECT schema_name FROM information_schema.schemata WHERE schema_name" + USER_SCHEMA;
}
