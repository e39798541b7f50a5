package dev.retort.lint.rules;

import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * RT201: {@code DROP TABLE/INDEX} and {@code ALTER TABLE ... DROP COLUMN/CONSTRAINT} without
 * {@code IF EXISTS}. Such a revision is not idempotent: re-run after a partial failure (no
 * transactional DDL, or a non-transactional revision) it fails on what it already dropped. Where
 * the target database has the forms only for tables (MySQL), only {@code DROP TABLE} is checked.
 */
final class DropWithoutIfExists extends SqlRule {
  private static final RuleInfo INFO = info("RT201", "drop-without-if-exists", Severity.WARNING,
      "DROP TABLE/INDEX/COLUMN/CONSTRAINT without IF EXISTS is not idempotent");
  private static final Set<String> CHECKED = Set.of("TABLE", "INDEX");

  /** Whether the target has IF EXISTS for indexes and columns too (unknown targets are taken to). */
  private boolean everyForm = true;

  DropWithoutIfExists(UpgradeScripts scripts) {
    super(scripts);
  }

  @Override
  void prepare(dev.retort.lint.LintContext context, List<RevisionSql> all) {
    everyForm = !context.targetLacks(dev.retort.dialect.Capabilities::ifExistsForms);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  List<Problem> problems(RevisionSql revision, int index, StatementView statement, List<RevisionSql> all) {
    List<Problem> problems = new ArrayList<>();
    if (statement.kind() == StatementView.Kind.DROP && CHECKED.contains(statement.objectType())
        && (everyForm || statement.objectType().equals("TABLE")) && !statement.ifExists() && !allCreatedBefore(revision, index, statement.tables())) {
      String what = statement.objectType();
      problems.add(new Problem(
          "DROP " + what + " " + String.join(", ", statement.tables()) + " has no IF EXISTS: run again after a"
              + " partial failure, the revision fails on what it already dropped",
          statement.norm().startsWith("DROP INDEX CONCURRENTLY")
              ? "DROP INDEX CONCURRENTLY IF EXISTS " + String.join(", ", statement.tables())
              : "DROP " + what + " IF EXISTS " + String.join(", ", statement.tables())));
    }
    if (everyForm && statement.kind() == StatementView.Kind.ALTER_TABLE
        && !revision.createdBefore(index, statement.table())) {
      for (String clause : statement.clauses()) {
        alterDrop(statement.table(), clause).ifPresent(problems::add);
      }
    }
    return problems;
  }

  /** A drop of objects this revision created is re-run together with their creation. */
  private static boolean allCreatedBefore(RevisionSql revision, int index, List<String> names) {
    return names.stream().allMatch(name -> revision.createdBefore(index, name));
  }

  private static java.util.Optional<Problem> alterDrop(String table, String clause) {
    java.util.Optional<Matcher> constraint = AlterClauses.dropConstraint(clause);
    if (constraint.isPresent()) {
      return constraint.filter(m -> m.group(1) == null).map(m -> problem(table, "CONSTRAINT", m.group(2)));
    }
    return AlterClauses.dropColumn(clause).filter(m -> m.group(1) == null)
        .map(m -> problem(table, "COLUMN", m.group(2)));
  }

  private static Problem problem(String table, String what, String name) {
    String shown = AlterClauses.shown(name);
    return new Problem(
        "ALTER TABLE " + table + " DROP " + what + " " + shown + " has no IF EXISTS: run again after a partial"
            + " failure, the revision fails on what it already dropped",
        "ALTER TABLE " + table + " DROP " + what + " IF EXISTS " + shown);
  }
}
