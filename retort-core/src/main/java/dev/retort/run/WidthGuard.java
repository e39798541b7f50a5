package dev.retort.run;

import dev.retort.dialect.Dialect;
import dev.retort.error.ErrorCode;
import dev.retort.graph.RevisionId;
import dev.retort.plan.Plan;
import dev.retort.store.VersionStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalInt;

/**
 * Before any statement runs: creates Retort's tables if missing and makes sure the version
 * column holds the longest id the plan writes, widening it in place (logged) or refusing.
 */
final class WidthGuard {
  private final Dialect dialect;
  private final VersionStore store;
  private final RunOptions options;
  private final RunListener listener;

  WidthGuard(Dialect dialect, VersionStore store, RunOptions options, RunListener listener) {
    this.dialect = dialect;
    this.store = store;
    this.options = options;
    this.listener = listener;
  }

  void prepare(Connection connection, Plan plan) throws SQLException {
    boolean exists = store.exists();
    int longest = plan.longestWrittenId();
    refuseTooNarrow(dialect, options, plan, exists, exists ? store.width() : OptionalInt.empty());
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(true);
    try {
      store.create(options.versionColumnWidth());
      if (dialect.capabilities().enforcesVarcharLength()) {
        OptionalInt width = store.width();
        if (width.isPresent() && longest > width.getAsInt()) {
          int target = Math.max(options.versionColumnWidth(), longest);
          store.widen(target);
          listener.note("widened " + store.table() + ".version_num from VARCHAR(" + width.getAsInt() + ") to VARCHAR("
              + target + ") to fit " + plan.longestWritten() + " (" + longest + " characters)");
        }
      }
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /**
   * Refuses a plan whose longest id does not fit the version column when auto-widening is off
   * ({@code reflected}: the column's declared width when the table exists); the run and the plan
   * preview both ask this.
   */
  static void refuseTooNarrow(
      Dialect dialect, RunOptions options, Plan plan, boolean exists, OptionalInt reflected) {
    if (!dialect.capabilities().enforcesVarcharLength() || options.autoWidenVersionColumn()) {
      return;
    }
    int width = exists ? reflected.orElse(Integer.MAX_VALUE) : options.versionColumnWidth();
    if (plan.longestWrittenId() > width) {
      throw tooNarrow(dialect, options.versionTable(), plan.longestWritten(), width);
    }
  }

  private static RunException tooNarrow(Dialect dialect, String table, RevisionId id, int width) {
    return new RunException(
        ErrorCode.V002,
        null,
        "revision id " + id + " is " + id.value().length() + " characters but " + table
            + ".version_num is VARCHAR(" + width + "); nothing was run",
        List.of(),
        "set auto_widen_version_column = true in retort.toml, or widen it yourself: "
            + dialect.widenVersionColumn(table, Math.max(255, id.value().length())),
        null);
  }
}
