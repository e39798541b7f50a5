package dev.retort.api;

import java.util.Locale;

/** What a fleet run does on each target: the single-target command of the same name. */
public enum FleetCommand {
  /** {@code retort upgrade REVISION} (default {@code heads}). */
  UPGRADE,
  /** {@code retort downgrade REVISION}. */
  DOWNGRADE,
  /** {@code retort stamp REVISION}. */
  STAMP,
  /** Reads each target's revisions, pending, edited, missing and unresolved ones; changes nothing. */
  STATUS,
  /** As {@link #STATUS}; pending revisions ({@link FleetTargetStatus#BEHIND}), edited, missing or unresolved ones fail it. */
  CHECK,
  /** {@code retort lint} with the database rules, on each target; an error finding fails it. */
  LINT;

  /** The command's name as typed: {@code upgrade}, {@code status}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether it changes the targets (upgrade, downgrade, stamp). */
  public boolean migrates() {
    return this == UPGRADE || this == DOWNGRADE || this == STAMP;
  }
}
