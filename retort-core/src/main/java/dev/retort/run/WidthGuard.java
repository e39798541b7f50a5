package dev.retort.run;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.VersionKeyLimit;
import dev.retort.error.ErrorCode;
import dev.retort.graph.RevisionId;
import dev.retort.plan.Plan;
import dev.retort.store.VersionStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Before any statement runs: creates Retort's tables if missing and makes sure the version
 * column holds the longest id the plan writes, widening it in place (logged) or refusing. Where
 * the database limits how wide the primary key may be (MySQL's index key length), no width
 * beyond that is created or widened to, and an id that cannot fit is refused first.
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
    Optional<VersionKeyLimit> limit = exists ? dialect.versionKeyLimit(connection, store.table())
        : dialect.versionKeyLimit();
    refuseBeyondKeyLimit(options, plan, exists, limit);
    refuseTooNarrow(dialect, options, plan, exists, exists ? store.width() : OptionalInt.empty(), limit);
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(true);
    try {
      store.create(options.versionColumnWidth());
      if (dialect.capabilities().enforcesVarcharLength()) {
        OptionalInt width = store.width();
        if (width.isPresent() && longest > width.getAsInt()) {
          int target = widenTo(options.versionColumnWidth(), longest, limit);
          store.widen(target);
          listener.note("widened " + store.table() + ".version_num from VARCHAR(" + width.getAsInt() + ") to VARCHAR("
              + target + ") to fit " + plan.longestWritten() + " (" + longest + " characters)");
        }
      }
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** The width to widen to: the configured one, or the longest id if wider, but never past the key limit. */
  static int widenTo(int configured, int longest, Optional<VersionKeyLimit> limit) {
    int wanted = Math.max(configured, longest);
    return limit.map(l -> Math.min(wanted, Math.max(l.characters(), longest))).orElse(wanted);
  }

  /**
   * Refuses a plan whose longest id does not fit the version column when auto-widening is off
   * ({@code reflected}: the column's declared width when the table exists); the run and the plan
   * preview both ask this. {@code limit} is the widest the column may become, for the fix's width.
   */
  static void refuseTooNarrow(Dialect dialect, RunOptions options, Plan plan, boolean exists, OptionalInt reflected,
      Optional<VersionKeyLimit> limit) {
    if (!dialect.capabilities().enforcesVarcharLength() || options.autoWidenVersionColumn()) {
      return;
    }
    int width = exists ? reflected.orElse(Integer.MAX_VALUE) : options.versionColumnWidth();
    if (plan.longestWrittenId() > width) {
      throw tooNarrow(dialect, options.versionTable(), plan.longestWritten(), width,
          widenTo(255, plan.longestWrittenId(), limit));
    }
  }

  /**
   * Refuses, before anything runs, a version column the database could not index as its primary
   * key: a new table wider than {@code version_column_width} allows, or an id longer than the
   * existing table's key can hold (RT-D005).
   */
  static void refuseBeyondKeyLimit(RunOptions options, Plan plan, boolean exists, Optional<VersionKeyLimit> limit) {
    if (limit.isEmpty()) {
      return;
    }
    VersionKeyLimit l = limit.get();
    String table = options.versionTable();
    if (!exists && options.versionColumnWidth() > l.characters()) {
      throw new RunException(ErrorCode.D005, null,
          "version_column_width = " + options.versionColumnWidth() + " is wider than the database can index: "
              + table + ".version_num is its primary key, and " + l.reason() + ", so at most VARCHAR("
              + l.characters() + "); nothing was run",
          List.of(), "set version_column_width = " + Math.min(255, l.characters()) + " (at most " + l.characters()
              + ") in retort.toml", null);
    }
    RevisionId id = plan.longestWritten();
    if (id != null && plan.longestWrittenId() > l.characters()) {
      String raise = l.raise() == null ? "" : ", or let the key hold more: " + l.raise();
      throw new RunException(ErrorCode.D005, null,
          "revision id " + id + " is " + id.value().length() + " characters but " + table
              + ".version_num can be at most VARCHAR(" + l.characters() + ") as its primary key: " + l.reason()
              + "; nothing was run",
          List.of(), "give the revision a shorter id (retort rename-revision " + id + " NEW)" + raise, null);
    }
  }

  private static RunException tooNarrow(Dialect dialect, String table, RevisionId id, int width, int fixWidth) {
    return new RunException(
        ErrorCode.V002,
        null,
        "revision id " + id + " is " + id.value().length() + " characters but " + table
            + ".version_num is VARCHAR(" + width + "); nothing was run",
        List.of(),
        "set auto_widen_version_column = true in retort.toml, or widen it yourself: "
            + dialect.widenVersionColumn(table, fixWidth),
        null);
  }
}
