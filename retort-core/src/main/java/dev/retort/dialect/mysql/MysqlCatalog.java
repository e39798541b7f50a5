package dev.retort.dialect.mysql;

import java.util.Collections;

/**
 * The {@code information_schema} queries of {@link MysqlReflector}: one per object kind, each
 * across every table of the databases given ({@code %s} is replaced by one {@code ?} per database),
 * so their number does not grow with the schema. Where MySQL 8 and MariaDB differ (MySQL keeps
 * expression index keys in {@code statistics.expression}; MariaDB names a check's table in {@code
 * check_constraints} and MySQL only in {@code table_constraints}), each has its own form.
 */
final class MysqlCatalog {
  private MysqlCatalog() {}

  static final String SERVER = "SELECT database(), version()";

  static final String TABLES = "SELECT table_schema, table_name, table_comment FROM information_schema.tables"
      + " WHERE table_type = 'BASE TABLE' AND table_schema IN (%s)";

  static final String COLUMNS = "SELECT table_schema, table_name, column_name, column_type, data_type, is_nullable,"
      + " column_default, extra, generation_expression, column_comment, collation_name"
      + " FROM information_schema.columns WHERE table_schema IN (%s) ORDER BY table_schema, table_name, ordinal_position";

  private static final String STATISTICS = "SELECT table_schema, table_name, index_name, non_unique, column_name,"
      + " sub_part, collation, index_type, %s FROM information_schema.statistics WHERE table_schema IN (%%s)"
      + " ORDER BY table_schema, table_name, index_name, seq_in_index";

  static final String STATISTICS_MYSQL = String.format(STATISTICS, "expression");
  static final String STATISTICS_MARIADB = String.format(STATISTICS, "NULL");

  static final String CHECKS_MARIADB = "SELECT constraint_schema, table_name, constraint_name, check_clause, level"
      + " FROM information_schema.check_constraints WHERE constraint_schema IN (%s)";

  static final String CHECKS_MYSQL = "SELECT t.table_schema, t.table_name, t.constraint_name, c.check_clause, 'Table'"
      + " FROM information_schema.table_constraints t JOIN information_schema.check_constraints c"
      + " ON c.constraint_schema = t.constraint_schema AND c.constraint_name = t.constraint_name"
      + " WHERE t.constraint_type = 'CHECK' AND t.table_schema IN (%s)";

  static final String FOREIGN_KEYS = "SELECT k.table_schema, k.table_name, k.constraint_name, k.column_name,"
      + " k.referenced_table_schema, k.referenced_table_name, k.referenced_column_name, r.update_rule, r.delete_rule"
      + " FROM information_schema.key_column_usage k JOIN information_schema.referential_constraints r"
      + " ON r.constraint_schema = k.constraint_schema AND r.constraint_name = k.constraint_name"
      + " AND r.table_name = k.table_name"
      + " WHERE k.referenced_table_name IS NOT NULL AND k.table_schema IN (%s)"
      + " ORDER BY k.table_schema, k.table_name, k.constraint_name, k.ordinal_position";

  static final String VIEWS = "SELECT table_schema, table_name, view_definition FROM information_schema.views"
      + " WHERE table_schema IN (%s)";

  /** The query for {@code databases} databases. */
  static String in(String query, int databases) {
    return String.format(query, String.join(", ", Collections.nCopies(databases, "?")));
  }
}
