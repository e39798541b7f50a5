package dev.retort.api;

/** What {@link Retort#resolve} records about a revision that ran outside a transaction and did not complete. */
public enum Resolution {
  /**
   * The user finished it by hand: the version table moves as if its step had completed (as a
   * one-step stamp would), and the record is marked {@code resolved-applied}.
   */
  APPLIED,
  /**
   * The user undid what ran: the version table stays, the record is marked
   * {@code resolved-rolled-back}, and the next run runs the step again.
   */
  ROLLED_BACK
}
