package dev.retort.run.repeatable;

import java.util.Map;

/** Where a repeatable revision stands against the checksums recorded in {@code retort_repeatable}. */
public enum RepeatableState {
  /** Applied, and the file has not changed since. */
  APPLIED,
  /** Never applied. */
  PENDING,
  /** Applied, but the file changed since: the next upgrade applies it again. */
  OUTDATED;

  /** The state of {@code script} given the recorded checksums. */
  public static RepeatableState of(RepeatableScript script, Map<String, String> recorded) {
    String applied = recorded.get(script.name());
    if (applied == null) {
      return PENDING;
    }
    return applied.equals(script.checksum()) ? APPLIED : OUTDATED;
  }
}
