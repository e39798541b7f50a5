package dev.retort.dialect.postgres;

import dev.retort.dialect.CompiledStatement;
import dev.retort.dialect.DdlWriter;
import dev.retort.dialect.Identifiers;
import dev.retort.migration.Type;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PostgreSQL's {@code serial} pseudo-types in an {@code ALTER COLUMN}: what {@code CREATE TABLE}
 * does for {@code serial} (an owned sequence and a {@code nextval} default), done to an existing
 * column.
 */
final class Serials {
  private static final Map<String, String> BASE = Map.of(
      "serial", "integer", "serial4", "integer", "bigserial", "bigint", "serial8", "bigint",
      "smallserial", "smallint", "serial2", "smallint");

  private Serials() {}

  /** The integer type behind a serial type, or null when {@code type} is not one. */
  static String baseType(Type type) {
    return BASE.get(type.name().strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Creates {@code <table>_<column>_seq} owned by the column, makes it the column's default, and
   * moves it past the values already there.
   */
  static List<CompiledStatement> attach(String table, String column, String baseType, DdlWriter sql) {
    String qualifiedTable = Identifiers.table(table);
    int dot = qualifiedTable.lastIndexOf('.');
    String sequence = (dot < 0 ? "" : qualifiedTable.substring(0, dot + 1))
        + Identifiers.name("sequence", qualifiedTable.substring(dot + 1) + "_" + column + "_seq");
    return List.of(
        CompiledStatement.of("CREATE SEQUENCE " + sequence + " AS " + baseType + " OWNED BY " + qualifiedTable + "."
            + Identifiers.name("column", column)),
        CompiledStatement.of("ALTER TABLE " + qualifiedTable + " ALTER COLUMN " + column + " SET DEFAULT nextval("
            + sql.literal(sequence) + "::regclass)"),
        continueAfterMax(table, column, sql.literal(sequence)));
  }

  /** Sets the sequence so that its next value follows the largest in the column (nothing on an empty table). */
  static CompiledStatement continueAfterMax(String table, String column, String sequenceExpression) {
    String name = Identifiers.name("column", column);
    return CompiledStatement.of("SELECT setval(" + sequenceExpression + ", MAX(" + name + ")) FROM "
        + Identifiers.table(table) + " HAVING MAX(" + name + ") IS NOT NULL");
  }
}
