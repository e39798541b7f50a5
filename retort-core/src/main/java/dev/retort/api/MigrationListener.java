package dev.retort.api;

/** Hears what a migration run does, for logging and progress; every method may be left out. */
public interface MigrationListener {
  /** A step is about to run; {@code description} reads like Alembic's "Running upgrade a -> b, message". */
  default void stepStarting(PlannedStep step, String description) {}

  /** A step ended after {@code millis}; {@code succeeded} is false when it failed (its error follows). */
  default void stepFinished(PlannedStep step, long millis, boolean succeeded) {}

  /** A progress line ("waiting for the migration lock held by ..."). */
  default void info(String line) {}

  /** Something worth one log line happened (a column was widened, ...). */
  default void note(String message) {}

  /** A listener that does nothing. */
  static MigrationListener silent() {
    return new MigrationListener() {};
  }
}
