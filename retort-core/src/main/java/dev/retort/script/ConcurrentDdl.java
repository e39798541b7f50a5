package dev.retort.script;

import java.util.regex.Pattern;

/**
 * Finds {@code CONCURRENTLY} ({@code CREATE/DROP INDEX CONCURRENTLY}, {@code REINDEX ...
 * CONCURRENTLY}, {@code REFRESH MATERIALIZED VIEW CONCURRENTLY}) in a statement, outside comments
 * and string literals. PostgreSQL refuses such a statement inside a transaction block, so lint
 * (RT113) and the run's preflight both ask this one check.
 */
public final class ConcurrentDdl {
  private static final Pattern CONCURRENTLY = Pattern.compile("(?i)\\bCONCURRENTLY\\b");
  private static final Pattern LINE_COMMENT = Pattern.compile("--[^\n]*");
  private static final Pattern STRING = Pattern.compile("'(?:[^']|'')*'");

  private ConcurrentDdl() {}

  /** Whether {@code sql} asks for a concurrent build, which cannot run inside a transaction. */
  public static boolean isConcurrent(String sql) {
    // the run's preflight asks this of every statement of every step: only a statement that has
    // the word at all is stripped of comments and literals and asked again
    return CONCURRENTLY.matcher(sql).find() && CONCURRENTLY.matcher(code(sql)).find();
  }

  /** The statement without line comments and with string literals emptied. */
  private static String code(String sql) {
    return STRING.matcher(LINE_COMMENT.matcher(sql).replaceAll("")).replaceAll("''");
  }
}
