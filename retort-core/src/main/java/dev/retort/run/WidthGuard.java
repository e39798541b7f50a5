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
    if (dialect.capabilities().enforcesVarcharLength()) {
      OptionalInt reflected = exists ? store.width() : OptionalInt.empty();
      int width = exists ? reflected.orElse(Integer.MAX_VALUE) : options.versionColumnWidth();
      if (longest > width && !options.autoWidenVersionColumn()) {
        throw tooNarrow(plan.longestWritten(), width);
      }
    }
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

  private RunException tooNarrow(RevisionId id, int width) {
    return new RunException(
        ErrorCode.V002,
        null,
        "revision id " + id + " is " + id.value().length() + " characters but " + store.table()
            + ".version_num is VARCHAR(" + width + "); nothing was run",
        List.of(),
        "set auto_widen_version_column = true in retort.toml, or widen it yourself: "
            + dialect.widenVersionColumn(store.table(), Math.max(255, id.value().length())),
        null);
  }
}
