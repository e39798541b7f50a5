package dev.retort.lint.rules;

import dev.retort.error.Location;
import dev.retort.lint.Finding;
import dev.retort.lint.LintContext;
import dev.retort.lint.LintDatabase;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import dev.retort.graph.RevisionId;
import dev.retort.graph.Traversal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * RT304: a revision not yet applied uses a jsonb-only operator ({@code ?}, {@code ?|},
 * {@code ?&}, {@code @>}, {@code <@}, ...) on a column whose type in the database is
 * {@code json}. PostgreSQL rejects it at run time ("operator does not exist: json ? unknown").
 */
final class JsonbOperatorOnJsonColumn extends DatabaseRule {
  private static final RuleInfo INFO = new RuleInfo("RT304", "jsonb-operator-on-json-column", Severity.ERROR,
      "a jsonb-only operator is used on a column whose type is json");
  private final UpgradeScripts scripts;

  JsonbOperatorOnJsonColumn(UpgradeScripts scripts) {
    this.scripts = scripts;
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  List<Finding> check(LintContext context, LintDatabase database) {
    List<Finding> findings = new ArrayList<>();
    if (!database.columnTypes().containsValue("json")) {
      return findings;
    }
    Set<String> applied = applied(context, database);
    for (RevisionSql revision : scripts.of(context)) {
      if (applied.contains(revision.header().id())) {
        continue;
      }
      for (StatementView statement : revision.upgrade()) {
        for (JsonbOperators.Use use : JsonbOperators.find(statement.sql(), database.columnTypes())) {
          int line = statement.line() + (int) statement.sql().substring(0, use.offset()).chars()
              .filter(c -> c == '\n').count();
          findings.add(finding(new Location(revision.header().path(), line), message(use), fix(use)));
        }
      }
    }
    return findings;
  }

  /** The revisions the database has: its rows, their ancestors in the graph, and what the history applied. */
  private static Set<String> applied(LintContext context, LintDatabase database) {
    Set<String> applied = new HashSet<>(database.rows());
    applied.addAll(database.appliedChecksums().keySet());
    context.graph().ifPresent(graph -> {
      List<RevisionId> rows = database.rows().stream().filter(RevisionId::isValid).map(RevisionId::of)
          .filter(graph::contains).toList();
      new Traversal(graph).ancestorsOrSelf(rows, Traversal.Edges.PARENTS_AND_DEPENDENCIES)
          .forEach(id -> applied.add(id.value()));
    });
    return applied;
  }

  private static String message(JsonbOperators.Use use) {
    return use.column() + " is json in the database, and " + use.operator() + " exists only for jsonb:"
        + " PostgreSQL rejects '" + use.written() + " " + use.operator() + " ...' with \"operator does not exist:"
        + " json " + use.operator() + " ...\"";
  }

  private static String fix(JsonbOperators.Use use) {
    String cast = "cast it: " + use.written() + "::jsonb " + use.operator() + " ...";
    return use.operator().equals("?")
        ? "test the key with ->>: " + use.written() + "->>'key' IS NOT NULL (or " + cast + ")"
        : cast + " (or change the column to jsonb in an earlier revision)";
  }
}
