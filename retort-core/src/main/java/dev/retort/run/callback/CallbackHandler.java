package dev.retort.run.callback;

import java.sql.Connection;

/** A callback written in Java (the public API adapts {@code dev.retort.api.Callback} to this). */
public interface CallbackHandler {
  /** A name for messages, e.g. the class name. */
  String name();

  /**
   * Runs at {@code event}; {@code revision} is the revision of an {@code each} event, else null.
   * Statements on {@code connection} join the run's transaction; do not commit, roll back or close it.
   */
  void handle(CallbackEvent event, String revision, Connection connection) throws Exception;
}
