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

  /**
   * A key column's current name. H2 2.4 keeps the name a column had when the constraint was made in
   * {@code KEY_COLUMN_USAGE} after {@code ALTER COLUMN ... RENAME TO}; the constraint's index
   * ({@code INDEX_COLUMNS}) has the new one. A name the table still has is taken as it is, a
   * stale one from the index column at the same position.
   */
  private static String currentColumn(String usage) {
    return "COALESCE(" + usage + "c.column_name, " + usage + "i.column_name, " + usage + ".column_name)";
  }

  /** The joins {@link #currentColumn} reads: the table's column of that name, and the constraint index's column at that position. */
  private static String currentColumnJoins(String usage, String constraint) {
    return " LEFT JOIN information_schema.columns " + usage + "c ON " + usage + "c.table_schema = " + usage + ".table_schema"
        + " AND " + usage + "c.table_name = " + usage + ".table_name AND " + usage + "c.column_name = " + usage + ".column_name"
        + " LEFT JOIN information_schema.index_columns " + usage + "i ON " + usage + "i.index_schema = " + constraint
        + ".index_schema AND " + usage + "i.index_name = " + constraint + ".index_name AND " + usage + "i.table_name = "
        + constraint + ".table_name AND " + usage + "i.ordinal_position = " + usage + ".ordinal_position";
  }

  /** Primary keys and unique constraints with their columns in key order. */
  static final String KEYS = "SELECT tc.table_schema, tc.table_name, tc.constraint_name, tc.constraint_type, "
      + currentColumn("k")
      + " FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage k"
      + " ON k.constraint_schema = tc.constraint_schema AND k.constraint_name = tc.constraint_name"
      + currentColumnJoins("k", "tc")
      + " WHERE tc.constraint_type IN ('PRIMARY KEY', 'UNIQUE') AND tc.table_schema" + USER_SCHEMA
      + " ORDER BY tc.table_schema, tc.table_name, tc.constraint_name, k.ordinal_position";

  /** Foreign keys, one row per column pair, with the referenced table and the rules. */
  static final String FOREIGN_KEYS = "SELECT k.table_schema, k.table_name, k.constraint_name, " + currentColumn("k") + ","
      + " r.table_schema, r.table_name, " + currentColumn("r") + ", rc.delete_rule, rc.update_rule"
      + " FROM information_schema.referential_constraints rc"
      + " JOIN information_schema.key_column_usage k"
      + " ON k.constraint_schema = rc.constraint_schema AND k.constraint_name = rc.constraint_name"
      + " JOIN information_schema.key_column_usage r ON r.constraint_schema = rc.unique_constraint_schema"
      + " AND r.constraint_name = rc.unique_constraint_name AND r.ordinal_position = k.position_in_unique_constraint"
      + " JOIN information_schema.table_constraints kt"
      + " ON kt.constraint_schema = k.constraint_schema AND kt.constraint_name = k.constraint_name"
      + " JOIN information_schema.table_constraints rt"
      + " ON rt.constraint_schema = r.constraint_schema AND rt.constraint_name = r.constraint_name"
      + currentColumnJoins("k", "kt") + currentColumnJoins("r", "rt")
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
