package dev.retort.run;

import dev.retort.run.callback.Callbacks;
import dev.retort.script.Placeholders;
import java.time.Duration;

/**
 * How a run behaves.
 *
 * @param versionTable the version table name
 * @param versionColumnWidth the width new version tables get
 * @param autoWidenVersionColumn widen a narrower column in place, or refuse
 * @param transactionPerMigration one transaction per step (else one for the whole run)
 * @param lockTimeout how long to wait for the migration lock
 * @param placeholders the {@code ${name}} replacement for SQL revisions (off by default)
 * @param callbacks what runs before and after an upgrade or downgrade and each of its revisions
 */
public record RunOptions(
    String versionTable, int versionColumnWidth, boolean autoWidenVersionColumn, boolean transactionPerMigration,
    Duration lockTimeout, Placeholders placeholders, Callbacks callbacks) {

  /** Options without callbacks. */
  public RunOptions(String versionTable, int versionColumnWidth, boolean autoWidenVersionColumn,
      boolean transactionPerMigration, Duration lockTimeout, Placeholders placeholders) {
    this(versionTable, versionColumnWidth, autoWidenVersionColumn, transactionPerMigration, lockTimeout, placeholders,
        Callbacks.NONE);
  }

  /** Options without placeholder replacement or callbacks. */
  public RunOptions(String versionTable, int versionColumnWidth, boolean autoWidenVersionColumn,
      boolean transactionPerMigration, Duration lockTimeout) {
    this(versionTable, versionColumnWidth, autoWidenVersionColumn, transactionPerMigration, lockTimeout,
        Placeholders.OFF);
  }

  /** The same options with {@code callbacks}. */
  public RunOptions withCallbacks(Callbacks callbacks) {
    return new RunOptions(versionTable, versionColumnWidth, autoWidenVersionColumn, transactionPerMigration,
        lockTimeout, placeholders, callbacks);
  }

  /** The same options with another version table (a fleet target's, qualified with its schema). */
  public RunOptions withVersionTable(String table) {
    return new RunOptions(table, versionColumnWidth, autoWidenVersionColumn, transactionPerMigration,
        lockTimeout, placeholders, callbacks);
  }
}
