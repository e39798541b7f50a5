package dev.retort.script;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Statements that only read or change rows ({@code INSERT}, {@code UPDATE}, {@code DELETE},
 * {@code REPLACE}, {@code MERGE}, {@code SELECT}, {@code WITH}, {@code VALUES}). Where DDL commits
 * as it runs (MySQL, MariaDB, H2), a revision made only of such statements still runs in one
 * transaction and rolls back as a whole; any other statement ({@code CREATE}, {@code ALTER},
 * {@code SET}, {@code CALL}, ...) may commit it, so a revision holding one runs outside a
 * transaction with a started record.
 */
public final class DataStatements {
  private static final Set<String> DATA =
      Set.of("INSERT", "UPDATE", "DELETE", "REPLACE", "MERGE", "SELECT", "WITH", "VALUES");

  private DataStatements() {}

  /** Whether every statement only reads or changes rows (true for none). */
  public static boolean onlyData(List<SqlStatement> statements) {
    for (SqlStatement statement : statements) {
      if (!isData(statement.sql())) {
        return false;
      }
    }
    return true;
  }

  /** Whether the statement's first word (after any opening parentheses) names a data statement. */
  static boolean isData(String sql) {
    int start = 0;
    while (start < sql.length() && (sql.charAt(start) == '(' || Character.isWhitespace(sql.charAt(start)))) {
      start++;
    }
    int end = start;
    while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
      end++;
    }
    return DATA.contains(sql.substring(start, end).toUpperCase(Locale.ROOT));
  }
}
