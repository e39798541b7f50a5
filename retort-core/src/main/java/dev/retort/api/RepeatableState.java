package dev.retort.api;

/** Where a repeatable revision stands in the database. */
public enum RepeatableState {
  /** Applied, and its file has not changed since. */
  APPLIED,
  /** Never applied: the next upgrade applies it. */
  PENDING,
  /** Its file changed since it was last applied: the next upgrade applies it again. */
  OUTDATED
}
