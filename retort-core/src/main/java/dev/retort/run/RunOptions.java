package dev.retort.run;

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
 */
public record RunOptions(
    String versionTable, int versionColumnWidth, boolean autoWidenVersionColumn, boolean transactionPerMigration,
    Duration lockTimeout, dev.retort.script.Placeholders placeholders) {

  /** Options without placeholder replacement. */
  public RunOptions(String versionTable, int versionColumnWidth, boolean autoWidenVersionColumn,
      boolean transactionPerMigration, Duration lockTimeout) {
    this(versionTable, versionColumnWidth, autoWidenVersionColumn, transactionPerMigration, lockTimeout,
        dev.retort.script.Placeholders.OFF);
  }
}
