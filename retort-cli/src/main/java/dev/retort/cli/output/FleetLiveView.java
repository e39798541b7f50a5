package dev.retort.cli.output;

import dev.retort.api.FleetTargetResult;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Fleet progress on a terminal: one status line redrawn in place (done, running and failed counts,
 * a progress bar, the slowest running target); failures and stages print as lines above it.
 */
public final class FleetLiveView implements FleetProgress {
  private static final int BAR = 30;
  private static final String CLEAR = "\r\033[K";

  private final PrintWriter err;
  private final Map<String, Long> running = new LinkedHashMap<>();
  private final Thread painter;
  private int total;
  private int done;
  private int failed;
  private volatile boolean closed;

  public FleetLiveView(PrintWriter err) {
    this.err = err;
    this.painter = new Thread(this::paintLoop, "retort-fleet-view");
    painter.setDaemon(true);
  }

  @Override
  public synchronized void runStarting(int targets) {
    total = targets;
    painter.start();
  }

  @Override
  public synchronized void stageStarting(String stage, int targets, int parallel) {
    above("stage " + stage + ": " + targets + (targets == 1 ? " target" : " targets") + ", " + parallel + " at a time");
  }

  @Override
  public synchronized void targetStarting(String name, String stage) {
    running.put(name, System.nanoTime());
  }

  @Override
  public synchronized void targetFinished(FleetTargetResult result, int steps) {
    running.remove(result.name());
    done++;
    if (result.status().isFailure()) {
      failed++;
      above(FleetLines.outcome(result, steps));
    }
  }

  @Override
  public synchronized void driftSchemaBuilt(java.util.List<String> rows, String source) {
    above(FleetLines.driftSchema(rows, source));
  }

  private void above(String line) {
    err.print(CLEAR);
    err.println(line);
    paint();
  }

  private void paintLoop() {
    while (!closed) {
      synchronized (this) {
        if (!closed) {
          paint();
        }
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void paint() {
    int filled = total == 0 ? BAR : done * BAR / total;
    StringBuilder line = new StringBuilder(CLEAR).append('[').append("#".repeat(filled))
        .append(".".repeat(BAR - filled)).append("] ").append(done).append('/').append(total).append(" done, ")
        .append(running.size()).append(" running, ").append(failed).append(" failed");
    running.entrySet().stream().min(Map.Entry.comparingByValue()).ifPresent(slowest -> line.append("; slowest: ")
        .append(slowest.getKey()).append(' ')
        .append(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - slowest.getValue())).append(" ms"));
    err.print(line);
    err.flush();
  }

  @Override
  public synchronized void close() {
    closed = true;
    painter.interrupt();
    paint();
    err.println();
    err.flush();
  }
}
