package dev.retort.maven;

import dev.retort.api.MigrationListener;
import dev.retort.api.PlannedStep;
import org.apache.maven.plugin.logging.Log;

/**
 * Logs a run's steps to the build log as the command line prints them ("Running upgrade a -> b,
 * message (12 ms)"), one line per step once it ends, and its progress lines and notes.
 */
final class MavenListener implements MigrationListener {
  private final Log log;
  private String running = "";

  MavenListener(Log log) {
    this.log = log;
  }

  @Override
  public synchronized void stepStarting(PlannedStep step, String description) {
    running = description;
  }

  @Override
  public synchronized void stepFinished(PlannedStep step, long millis, boolean succeeded) {
    if (succeeded) {
      log.info(running + " (" + millis + " ms)");
    } else {
      log.error(running + " (failed after " + millis + " ms)");
    }
  }

  @Override
  public void info(String line) {
    log.info(line);
  }

  @Override
  public void note(String message) {
    log.info("note: " + message);
  }
}
