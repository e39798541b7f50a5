package dev.retort.lint.rules;

import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import java.util.List;

/**
 * RT202: {@code CREATE INDEX} without {@code CONCURRENTLY} on a table this revision did not
 * create. PostgreSQL holds a SHARE lock for the whole build, blocking every write to the table.
 */
final class IndexWithoutConcurrently extends SqlRule {
  private static final RuleInfo INFO = info("RT202", "index-without-concurrently", Severity.WARNING,
      "CREATE INDEX without CONCURRENTLY on an existing table blocks writes while it builds");

  /** The {@code INDEX} keyword of {@code CREATE [UNIQUE] INDEX}, after any leading comments. */
  private static final java.util.regex.Pattern INDEX_KEYWORD = java.util.regex.Pattern.compile(
      "(?is)^(?:\\s|--[^\\n]*\\n|/\\*.*?\\*/)*create\\s+(?:unique\\s+)?(index)\\b");

  IndexWithoutConcurrently(UpgradeScripts scripts) {
    super(scripts);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /**
   * Only where an index can be built without blocking writes: SQLite has no CONCURRENTLY (its
   * builds lock the whole database anyway); MySQL builds in place (RT211 asks for LOCK=NONE there).
   * A project that configures no URL runs on Retort's default SQLite database, and, as always, is
   * not told about CONCURRENTLY either.
   */
  @Override
  boolean appliesTo(dev.retort.lint.LintContext context) {
    boolean builtInDefault = context.config().sourceOf("url") == dev.retort.config.Source.DEFAULT
        && !context.config().url().isBlank();
    return !context.targetLacks(dev.retort.dialect.Capabilities::concurrentIndexBuilds) && !builtInDefault;
  }

  /**
   * The statement as the user wrote it with {@code CONCURRENTLY} after its {@code INDEX} keyword, in
   * the keyword's case: {@code create unique index} gives {@code create unique index concurrently},
   * {@code Create Index} gives {@code Create Index Concurrently}.
   */
  static String withConcurrently(String sql) {
    java.util.regex.Matcher m = INDEX_KEYWORD.matcher(sql);
    if (!m.find()) {
      return sql;
    }
    String keyword = m.group(1);
    String word = keyword.equals(keyword.toLowerCase(java.util.Locale.ROOT)) ? "concurrently"
        : keyword.equals(keyword.toUpperCase(java.util.Locale.ROOT)) ? "CONCURRENTLY" : "Concurrently";
    return sql.substring(0, m.end()) + " " + word + sql.substring(m.end());
  }

  @Override
  List<Problem> problems(RevisionSql revision, int index, StatementView statement, List<RevisionSql> all) {
    if (statement.kind() != StatementView.Kind.CREATE_INDEX || statement.norm().contains(" INDEX CONCURRENTLY ")
        || revision.createdBefore(index, statement.table())) {
      return List.of();
    }
    String fixed = withConcurrently(statement.sql()).replaceAll("\\s+", " ").strip();
    return List.of(new Problem(
        "CREATE INDEX on existing table " + statement.table() + " without CONCURRENTLY: every write to "
            + statement.table() + " waits until the index is built",
        fixed + "  (CONCURRENTLY cannot run in a transaction: put it in its own revision with "
            + switch (revision.header().kind()) {
              case JAVA -> "transactional = false in @Revision)";
              case PYTHON -> "the statement in: with op.get_context().autocommit_block():)";
              default -> "the header 'Transactional: false')";
            }));
  }
}
