package dev.retort.lint.rules;

import dev.retort.error.Location;
import dev.retort.lint.Finding;
import dev.retort.lint.LintContext;
import dev.retort.lint.Rule;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import dev.retort.script.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code RT113}: {@code CREATE/DROP INDEX CONCURRENTLY} (or {@code REINDEX ... CONCURRENTLY}) in
 * a revision that runs inside a transaction. PostgreSQL refuses it there, so the revision fails.
 */
public final class ConcurrentlyInTransaction implements Rule {
  public static final RuleInfo INFO = new RuleInfo(
      "RT113", "concurrently-in-transaction", Severity.ERROR,
      "CONCURRENTLY in a transactional revision, which PostgreSQL rejects");

  private static final Pattern CONCURRENTLY = Pattern.compile("(?i)\\bCONCURRENTLY\\b");
  private static final Pattern LINE_COMMENT = Pattern.compile("--[^\n]*");
  private static final Pattern STRING = Pattern.compile("'(?:[^']|'')*'");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (SqlBodies.Body body : SqlBodies.of(context)) {
      if (!body.header().transactional()) {
        continue;
      }
      List<SqlStatement> statements = new ArrayList<>(body.script().upgrade());
      body.script().downgrade().ifPresent(statements::addAll);
      for (SqlStatement statement : statements) {
        String code = STRING.matcher(LINE_COMMENT.matcher(statement.sql()).replaceAll("")).replaceAll("''");
        if (CONCURRENTLY.matcher(code).find()) {
          findings.add(new Finding(
              INFO.code(),
              INFO.severity(),
              new Location(body.header().path(), statement.line()),
              "CONCURRENTLY cannot run inside a transaction, and revision " + body.header().id() + " is transactional",
              "add the header line '-- Transactional: false' (and keep the revision to this one statement)"));
        }
      }
    }
    return findings;
  }
}
