package dev.retort.cli.output;

import dev.retort.api.MigrationListener;
import dev.retort.api.PlannedStep;
import java.io.PrintWriter;

/**
 * Prints each step to stderr as Alembic logs it ("Running upgrade a -> b, message"), with its
 * duration appended to the same line once it ends (" (12 ms)", or " (failed after 12 ms)"), and
 * progress lines; -q silences both. Notes always print.
 */
public final class ConsoleListener implements MigrationListener {
  private final PrintWriter err;
  private final boolean quiet;
  /** Whether a "Running ..." line waits for its duration. */
  private boolean lineOpen;

  public ConsoleListener(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  @Override
  public synchronized void stepStarting(PlannedStep step, String description) {
    if (!quiet) {
      endLine();
      err.print(description);
      err.flush();
      lineOpen = true;
    }
  }

  @Override
  public synchronized void stepFinished(PlannedStep step, long millis, boolean succeeded) {
    if (lineOpen) {
      err.println(succeeded ? " (" + millis + " ms)" : " (failed after " + millis + " ms)");
      err.flush();
      lineOpen = false;
    }
  }

  @Override
  public synchronized void info(String line) {
    if (!quiet) {
      endLine();
      err.println(line);
      err.flush();
    }
  }

  @Override
  public synchronized void note(String message) {
    endLine();
    err.println("note: " + message);
    err.flush();
  }

  /** Ends a "Running ..." line still waiting for its duration, so that what follows starts a line. */
  public synchronized void endLine() {
    if (lineOpen) {
      err.println();
      err.flush();
      lineOpen = false;
    }
  }
}
