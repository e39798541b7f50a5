package dev.retort.api;

import java.util.Locale;

/** What a fleet command did to, or found on, one target. */
public enum FleetTargetStatus {
  /** An upgrade applied at least one step. */
  UPGRADED,
  /** A downgrade undid at least one step. */
  DOWNGRADED,
  /** A stamp changed the version table. */
  STAMPED,
  /** The target was already where the command would take it, or a read command found nothing wrong. */
  UNCHANGED,
  /** A read command ({@code status}, {@code check}) found revisions pending on the target. */
  BEHIND,
  /** The command failed on the target; {@link FleetTargetResult#error()} says how. */
  FAILED,
  /** No connection could be made to the target. */
  UNREACHABLE,
  /** Not run: the stage stopped or the fleet's {@code max_failures} was reached first. */
  SKIPPED;

  /** The status as reports write it: {@code upgraded}, {@code unchanged}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status a report's {@code label} names. */
  public static FleetTargetStatus ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }

  /** Whether this counts as a failure of the fleet run (exit 1). */
  public boolean isFailure() {
    return this == FAILED || this == UNREACHABLE;
  }
}
