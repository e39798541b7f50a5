package dev.retort.lint.rules;

import dev.retort.error.Location;
import dev.retort.lint.Finding;
import dev.retort.lint.LintContext;
import dev.retort.lint.LintDatabase;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import dev.retort.graph.RevisionId;
import dev.retort.graph.RevisionKind;
import dev.retort.graph.Traversal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * RT304: a revision not yet applied uses a jsonb-only operator ({@code ?}, {@code ?|},
 * {@code ?&}, {@code @>}, {@code <@}, ...) on a column whose type is {@code json} when the
 * statement runs: the database's type, as the pending SQL revisions before it (in the graph's
 * topological order) and the statements before it leave it ({@link PendingColumnTypes}).
 * PostgreSQL rejects it at run time ("operator does not exist: json ? unknown"). Java revisions
 * are neither checked nor followed; Alembic revisions are, as far as {@link
 * dev.retort.script.PythonExecuteSql} reads them.
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
    Set<String> applied = applied(context, database);
    PendingColumnTypes schema = new PendingColumnTypes(database.columnTypes());
    for (RevisionSql revision : inGraphOrder(context, scripts.of(context))) {
      String id = revision.header().id();
      // Java revisions are not followed (docs/lint/RT304.md): op.addColumn and the like are not seen;
      // Alembic revisions are, through their op.execute literals and op.create_table/add_column/alter_column
      if (applied.contains(id) || revision.header().kind() == RevisionKind.JAVA) {
        continue;
      }
      for (StatementView statement : revision.upgrade()) {
        if (schema.anyJson()) {
          for (JsonbOperators.Use use : JsonbOperators.find(statement.sql(), schema.types())) {
            int line = statement.line() + (int) statement.sql().substring(0, use.offset()).chars()
                .filter(c -> c == '\n').count();
            Optional<String> declaredBy = schema.declaredBy(use.column());
            findings.add(finding(new Location(revision.header().path(), line), message(use, declaredBy),
                fix(use, declaredBy)));
          }
        }
        schema.follow(id, statement);
      }
    }
    return findings;
  }

  /**
   * The SQL revisions parents first, as {@code upgrade} runs them (the graph's topological order);
   * by path when there is no valid graph, and revisions the graph lacks last.
   */
  private static List<RevisionSql> inGraphOrder(LintContext context, List<RevisionSql> scripts) {
    if (context.graph().isEmpty()) {
      return scripts;
    }
    Map<String, RevisionSql> byId = new LinkedHashMap<>();
    scripts.forEach(r -> byId.putIfAbsent(r.header().id(), r));
    List<RevisionSql> ordered = new ArrayList<>(scripts.size());
    for (RevisionId id : context.graph().get().topologicalOrder()) {
      RevisionSql revision = byId.remove(id.value());
      if (revision != null) {
        ordered.add(revision);
      }
    }
    ordered.addAll(byId.values());
    return ordered;
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

  private static String message(JsonbOperators.Use use, Optional<String> declaredBy) {
    String where = declaredBy.map(id -> " as declared by revision " + id + " (not yet applied)")
        .orElse(" in the database");
    return use.column() + " is json" + where + ", and " + use.operator() + " exists only for jsonb:"
        + " PostgreSQL rejects '" + use.written() + " " + use.operator() + " ...' with \"operator does not exist:"
        + " json " + use.operator() + " ...\"";
  }

  private static String fix(JsonbOperators.Use use, Optional<String> declaredBy) {
    String cast = "cast it: " + use.written() + "::jsonb " + use.operator() + " ...";
    String declare = declaredBy.map(id -> "declare the column jsonb in revision " + id)
        .orElse("change the column to jsonb in an earlier revision");
    return use.operator().equals("?")
        ? "test the key with ->>: " + use.written() + "->>'key' IS NOT NULL (or " + cast + ")"
        : cast + " (or " + declare + ")";
  }
}
