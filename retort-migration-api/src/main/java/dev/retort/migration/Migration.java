package dev.retort.migration;

/**
 * A Java revision: its class carries {@link Revision} and implements both directions with the
 * {@link Operations} it is given (never a static or global one).
 */
public interface Migration {
  /** Applies the revision. */
  void upgrade(Operations op);

  /** Undoes {@link #upgrade}. */
  void downgrade(Operations op);
}
