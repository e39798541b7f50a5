package dev.retort.run;

import dev.retort.plan.Step;

/** Hears what a run does, for logging. */
public interface RunListener {
  /** A step is about to run; {@code description} is Alembic's "Running upgrade a -> b, message" line. */
  void stepStarting(Step step, String description);

  /** Something worth one log line happened (the column was widened, ...). */
  void note(String message);

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
