package dev.retort.api;

/** A revision's state in a database. */
public enum RevisionState {
  /** Recorded as applied; its file is unchanged since. */
  APPLIED,
  /** Not applied yet. */
  PENDING,
  /** Applied, and its file changed since (the checksums differ). */
  EDITED,
  /** Applied, and no file has it any more. */
  MISSING,
  /**
   * Its upgrade or downgrade ran outside a transaction and did not complete (a statement failed,
   * or the process died); no run starts until {@link Retort#resolve} records what the schema holds.
   */
  UNRESOLVED
}
