package dev.retort.spring;

import dev.retort.api.MigrationListener;
import dev.retort.api.PlannedStep;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** Writes what a start-up migration does to the application's log, one line per step. */
final class MigrationLog implements MigrationListener {
  private final Log log = LogFactory.getLog(RetortMigrationInitializer.class);
  private String running = "";

  @Override
  public void stepStarting(PlannedStep step, String description) {
    running = description;
  }

  @Override
  public void stepFinished(PlannedStep step, long millis, boolean succeeded) {
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
    log.info(message);
  }
}
