package dev.retort.run;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.VersionKeyLimit;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.plan.Plan;
import dev.retort.plan.Step;
import dev.retort.run.callback.CallbackEvent;
import dev.retort.run.callback.OfflineCallbacks;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.script.JavaMigrationLoader;
import dev.retort.script.MessageText;
import dev.retort.script.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Renders a plan as a SQL script (offline {@code --sql} mode): the version table DDL when the
 * plan starts from base, then per step {@code -- Running upgrade a -> b, message}, its statements
 * and the version row changes with escaped literals, each step in its own transaction unless the
 * revision is non-transactional or the database commits DDL as it runs (MySQL: no BEGIN/COMMIT at all). The {@code before-upgrade} (or {@code before-downgrade}) callbacks come
 * before the first step and the {@code each} callbacks around each revision's statements; the caller
 * appends the {@code after} callbacks (after the repeatable revisions) with {@link OfflineCallbacks}.
 */
public final class OfflineSqlWriter {
  /** Alembic's default column width: scripts that do not start from base widen anything narrower. */
  private static final int ALEMBIC_DEFAULT_WIDTH = 32;

  private final RevisionGraph graph;
  private final Dialect dialect;
  private final RunOptions options;
  private final JavaMigrationLoader javaRevisions;
  private final DatabaseUrl scratchUrl;

  public OfflineSqlWriter(RevisionGraph graph, Dialect dialect, RunOptions options) {
    this(graph, dialect, options, JavaMigrationLoader.besideScripts(), null);
  }

  /**
   * As above; Java revisions are compiled with {@code javaRevisions} and rendered by running them against
   * {@code scratchUrl}, an empty database of the same dialect that also runs the plan's SQL
   * statements, in one transaction rolled back at the end (null when there is none: a plan with a
   * Java revision is then refused).
   */
  public OfflineSqlWriter(
      RevisionGraph graph, Dialect dialect, RunOptions options, JavaMigrationLoader javaRevisions,
      DatabaseUrl scratchUrl) {
    this.graph = graph;
    this.dialect = dialect;
    this.options = options;
    this.javaRevisions = javaRevisions;
    this.scratchUrl = scratchUrl;
  }

  /** The script; every revision is loaded (Java ones compiled) before anything is rendered. */
  public String render(Plan plan) {
    List<StepBody> bodies = new Preflight(graph, dialect, javaRevisions).load(plan, options.placeholders());
    StepBody firstJava = bodies.stream().filter(b -> b.migration() != null).findFirst().orElse(null);
    if (firstJava == null) {
      return render(plan, bodies, null);
    }
    if (scratchUrl == null) {
      throw new RunException(ErrorCode.V005, Location.of(firstJava.revision().origin().path()),
          "Java revision " + firstJava.revision().id() + " cannot be rendered as SQL for " + dialect.name()
              + " without a scratch database",
          List.of("nothing was written: Java revisions render by running their operations on an empty database of the"
              + " same kind"),
          "set dev_url in retort.toml to an empty " + dialect.name() + " database Retort may use (changes to it are"
              + " rolled back), or run the upgrade online", null);
    }
    try (Connection scratch = Connector.open(scratchUrl, dialect)) {
      scratch.setAutoCommit(false);
      try {
        return render(plan, bodies, scratch);
      } finally {
        scratch.rollback();
      }
    } catch (SQLException e) {
      throw new RunException(ErrorCode.D002, null, "the scratch database " + scratchUrl.redacted()
          + " for rendering Java revisions failed: " + e.getMessage(), List.of(),
          "check dev_url in retort.toml, or run the upgrade online", e);
    }
  }

  private String render(Plan plan, List<StepBody> bodies, Connection scratch) {
    StringBuilder out = new StringBuilder();
    comment(out, "Retort offline script: " + plan.command() + " " + plan.target() + " (" + dialect.name() + ")");
    out.append('\n');
    String table = options.versionTable();
    int longest = plan.longestWrittenId();
    // As Alembic: a script that starts with no version rows (upgrade or stamp from base) creates the table.
    // the key limit of a table Retort creates; a script that does not start from base cannot see the table's own
    Optional<VersionKeyLimit> limit = dialect.versionKeyLimit();
    boolean fromBase = plan.rowsBefore().isEmpty() && !plan.command().equals("downgrade");
    WidthGuard.refuseBeyondKeyLimit(options, plan, !fromBase, limit);
    if (fromBase) {
      out.append(dialect.createVersionTable(table, options.versionColumnWidth())).append(";\n\n");
      if (dialect.capabilities().enforcesVarcharLength() && longest > options.versionColumnWidth()) {
        out.append(dialect.widenVersionColumn(table, longest)).append(";\n\n");
      }
    } else if (dialect.capabilities().enforcesVarcharLength() && longest > ALEMBIC_DEFAULT_WIDTH) {
      comment(out, plan.longestWritten() + " is " + longest + " characters: make sure the version column holds it");
      out.append(dialect.widenVersionColumn(table, WidthGuard.widenTo(options.versionColumnWidth(), longest, limit)))
          .append(";\n\n");
    }
    if (!dialect.capabilities().transactionalDdl()) {
      comment(out, dialect.name() + " commits DDL as it runs: no BEGIN/COMMIT, each statement takes effect on its own");
      out.append('\n');
    }
    OfflineCallbacks callbacks = callbacks();
    CallbackEvent.before(plan.command()).ifPresent(event -> out.append(callbacks.alone(event)));
    boolean open = false;
    for (StepBody body : bodies) {
      Step step = body.step();
      boolean inTransaction = body.transactional() && dialect.capabilities().transactionalDdl();
      if (inTransaction && !open) {
        out.append("BEGIN;\n\n");
        open = true;
      } else if (!inTransaction && open) {
        out.append("COMMIT;\n\n");
        open = false;
      }
      comment(out, body.description());
      out.append('\n');
      boolean upgrade = step instanceof Step.Upgrade;
      String revision = body.revision() == null ? null : body.revision().id().value();
      if (revision != null) {
        out.append(callbacks.within(CallbackEvent.beforeEach(upgrade), revision));
      }
      for (SqlStatement statement : body.statements()) {
        out.append(statement.sql()).append(";\n\n");
        onScratch(scratch, statement.sql());
      }
      if (body.migration() != null) {
        renderJava(body, scratch, out);
      }
      if (revision != null) {
        out.append(callbacks.within(CallbackEvent.afterEach(upgrade), revision));
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

  private OfflineCallbacks callbacks() {
    return new OfflineCallbacks(options.callbacks().prepared(options.placeholders()),
        dialect.capabilities().transactionalDdl(), dialect.sqlSyntax());
  }

  /**
   * One comment line: line breaks and control characters in the text are written as escapes, so
   * nothing in a message (or any other text) can end the comment and start a statement.
   */
  private static void comment(StringBuilder out, String text) {
    out.append("-- ").append(MessageText.escaped(text)).append('\n');
  }

  private void renderJava(StepBody body, Connection scratch, StringBuilder out) {
    String id = body.revision().id().value();
    try {
      body.runJava(new OfflineOperations(dialect, scratch, out, id));
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t instanceof OfflineConnectionException connection) {
          throw connection.at(JavaRevisionFailedException.where(body.revision(), e));
        }
      }
      // any other failure (an illegal name, an operation that cannot compile, the code threw) is
      // the revision's own, and the same as online
      throw JavaRevisionFailedException.offline(body.revision(), body.step() instanceof Step.Downgrade
          ? "downgrade" : "upgrade", e);
    }
  }

  /**
   * Keeps the scratch database's schema in step with the script, so Java revisions that inspect
   * it (SQLite table rebuilds) see the tables earlier steps made; a range that does not start
   * from base may miss tables, so failures here are not errors of the script.
   */
  private static void onScratch(Connection scratch, String sql) {
    if (scratch == null) {
      return;
    }
    try {
      Savepoint before = scratch.setSavepoint();
      try (Statement st = scratch.createStatement()) {
        st.execute(sql);
      } catch (SQLException e) {
        scratch.rollback(before); // PostgreSQL: keep the transaction usable for the next statement
      }
    } catch (SQLException ignored) {
      // the scratch database only mirrors the script; the script itself is unaffected
    }
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
}
