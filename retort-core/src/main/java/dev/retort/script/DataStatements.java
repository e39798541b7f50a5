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
    return DATA.contains(keyword(sql));
  }

  /**
   * A statement's first word in upper case ({@code CREATE}, {@code INSERT}), after blanks,
   * comments and opening parentheses; empty when it starts with something else.
   */
  public static String keyword(String sql) {
    int i = 0;
    int n = sql.length();
    while (i < n) {
      if (sql.charAt(i) == '(' || Character.isWhitespace(sql.charAt(i))) {
        i++;
      } else if (sql.startsWith("--", i)) {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (sql.startsWith("/*", i)) {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else {
        break;
      }
    }
    int end = i;
    while (end < n && Character.isLetter(sql.charAt(end))) {
      end++;
    }
    return sql.substring(i, end).toUpperCase(Locale.ROOT);
  }
}
