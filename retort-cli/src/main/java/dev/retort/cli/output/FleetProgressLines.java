package dev.retort.cli.output;

import dev.retort.api.FleetTargetResult;
import java.io.PrintWriter;

/**
 * Fleet progress for logs and pipes: one line per finished target, {@code [12/200] tenant_12
 * upgraded a1b2c3 -> d4e5f6 (3 revisions) 120 ms}, and one per stage; with -q only failures.
 */
public final class FleetProgressLines implements FleetProgress {
  private final PrintWriter err;
  private final boolean quiet;
  private int total;
  private int done;

  public FleetProgressLines(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  @Override
  public synchronized void runStarting(int targets) {
    total = targets;
  }

  @Override
  public synchronized void stageStarting(String stage, int targets, int parallel) {
    if (!quiet) {
      err.println("stage " + stage + ": " + targets + (targets == 1 ? " target" : " targets") + ", " + parallel
          + " at a time");
      err.flush();
    }
  }

  @Override
  public synchronized void targetFinished(FleetTargetResult result, int steps) {
    done++;
    if (!quiet || result.status().isFailure()) {
      err.println("[" + done + "/" + total + "] " + FleetLines.outcome(result, steps));
      err.flush();
    }
  }

  @Override
  public synchronized void driftSchemaBuilt(java.util.List<String> rows, String source) {
    if (!quiet) {
      err.println(FleetLines.driftSchema(rows, source));
      err.flush();
    }
  }

  @Override
  public void close() {
    err.flush();
  }
}
