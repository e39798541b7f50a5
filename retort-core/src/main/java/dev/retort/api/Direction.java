package dev.retort.api;

/** Which way a migration command moves the database. */
public enum Direction {
  /** Apply revisions towards a target (usually {@code heads}). */
  UPGRADE,
  /** Revert revisions down to a target ({@code base}, {@code -1}, a revision). */
  DOWNGRADE,
  /** Record a target in the version table without running any revision. */
  STAMP
}
