package dev.retort.run;

import dev.retort.plan.Step;

/** Hears what a run does, for logging. */
public interface RunListener {
  /** A step is about to run; {@code description} is Alembic's "Running upgrade a -> b, message" line. */
  void stepStarting(Step step, String description);

  /** Something worth one log line happened (the column was widened, ...). */
  void note(String message);

  /**
   * A step ended after {@code millis} milliseconds; {@code succeeded} is false when it failed
   * (its error follows). Every {@link #stepStarting} is followed by one call.
   */
  default void stepFinished(Step step, long millis, boolean succeeded) {}

  /** A progress line that -q silences ("waiting for the migration lock held by ..."). */
  default void info(String line) {}

  /** A listener that prints nothing. */
  static RunListener silent() {
    return new RunListener() {
      @Override
      public void stepStarting(Step step, String description) {}

      @Override
      public void note(String message) {}
    };
  }
}
