package dev.retort.cli.output;

import dev.retort.plan.Step;
import dev.retort.run.RunListener;
import java.io.PrintWriter;

/** Prints each step as Alembic logs it ("Running upgrade a -> b, message") to stderr, unless quiet. */
public final class ConsoleListener implements RunListener {
  private final PrintWriter err;
  private final boolean quiet;

  public ConsoleListener(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  @Override
  public void stepStarting(Step step, String description) {
    if (!quiet) {
      err.println(description);
      err.flush();
    }
  }

  @Override
  public void note(String message) {
    err.println("note: " + message);
    err.flush();
  }
}
