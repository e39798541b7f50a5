package dev.retort.run;

import dev.retort.dialect.Dialect;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.plan.Plan;
import dev.retort.plan.Step;
import dev.retort.script.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders a plan as a SQL script (offline {@code --sql} mode): the version table DDL when the
 * plan starts from base, then per step {@code -- Running upgrade a -> b, message}, its statements
 * and the version row changes with escaped literals, each step in its own transaction unless the
 * revision is non-transactional.
 */
public final class OfflineSqlWriter {
  /** Alembic's default column width: scripts that do not start from base widen anything narrower. */
  private static final int ALEMBIC_DEFAULT_WIDTH = 32;

  private final RevisionGraph graph;
  private final Dialect dialect;
  private final RunOptions options;

  public OfflineSqlWriter(RevisionGraph graph, Dialect dialect, RunOptions options) {
    this.graph = graph;
    this.dialect = dialect;
    this.options = options;
  }

  public String render(Plan plan) {
    StringBuilder out = new StringBuilder();
    out.append("-- Retort offline script: ").append(plan.command()).append(' ').append(plan.target())
        .append(" (").append(dialect.name()).append(")\n\n");
    String table = options.versionTable();
    int longest = plan.longestWrittenId();
    // As Alembic: a script that starts with no version rows (upgrade or stamp from base) creates the table.
    if (plan.rowsBefore().isEmpty() && !plan.command().equals("downgrade")) {
      out.append(dialect.createVersionTable(table, options.versionColumnWidth())).append(";\n\n");
      if (dialect.capabilities().enforcesVarcharLength() && longest > options.versionColumnWidth()) {
        out.append(dialect.widenVersionColumn(table, longest)).append(";\n\n");
      }
    } else if (dialect.capabilities().enforcesVarcharLength() && longest > ALEMBIC_DEFAULT_WIDTH) {
      out.append("-- ").append(plan.longestWritten()).append(" is ").append(longest)
          .append(" characters: make sure the version column holds it\n");
      out.append(dialect.widenVersionColumn(table, Math.max(longest, options.versionColumnWidth()))).append(";\n\n");
    }
    boolean open = false;
    for (Step step : plan.steps()) {
      StepBody body = StepBody.load(step, revisionOf(step));
      if (body.transactional() && !open) {
        out.append("BEGIN;\n\n");
        open = true;
      } else if (!body.transactional() && open) {
        out.append("COMMIT;\n\n");
        open = false;
      }
      out.append("-- ").append(body.description()).append("\n\n");
      for (SqlStatement statement : body.statements()) {
        out.append(statement.sql()).append(";\n\n");
      }
      for (String change : rowChanges(table, step.rowsBefore(), step.rowsAfter())) {
        out.append(change).append(";\n\n");
      }
      if (open && options.transactionPerMigration()) {
        out.append("COMMIT;\n\n");
        open = false;
      }
    }
    if (open) {
      out.append("COMMIT;\n\n");
    }
    return out.toString();
  }

  private List<String> rowChanges(String table, Set<RevisionId> before, Set<RevisionId> after) {
    List<RevisionId> deleted = new ArrayList<>(before);
    deleted.removeAll(after);
    List<RevisionId> inserted = new ArrayList<>(after);
    inserted.removeAll(before);
    List<String> sql = new ArrayList<>();
    if (deleted.size() == 1 && inserted.size() == 1) {
      sql.add("UPDATE " + table + " SET version_num=" + dialect.literal(inserted.get(0).value())
          + " WHERE " + table + ".version_num = " + dialect.literal(deleted.get(0).value()));
      return sql;
    }
    for (RevisionId id : deleted) {
      sql.add("DELETE FROM " + table + " WHERE " + table + ".version_num = " + dialect.literal(id.value()));
    }
    for (RevisionId id : inserted) {
      sql.add("INSERT INTO " + table + " (version_num) VALUES (" + dialect.literal(id.value()) + ")");
    }
    return sql;
  }

  private dev.retort.graph.Revision revisionOf(Step step) {
    if (step instanceof Step.Upgrade up) {
      return graph.get(up.revision());
    }
    if (step instanceof Step.Downgrade down) {
      return graph.get(down.revision());
    }
    return null;
  }
}
