package dev.retort.spring;

import dev.retort.api.ChangedRevisionsException;
import dev.retort.api.Direction;
import dev.retort.api.MigrationResult;
import dev.retort.api.Retort;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** The default {@link RetortMigrationStrategy}: upgrades to {@code retort.target}, logging each step. */
final class UpgradeToTarget implements RetortMigrationStrategy {
  private final Log log = LogFactory.getLog(RetortMigrationInitializer.class);
  private final String target;

  UpgradeToTarget(String target) {
    this.target = target;
  }

  @Override
  public void migrate(Retort retort) {
    migrate(retort, false);
  }

  /**
   * As {@link #migrate(Retort)}; with {@code validateOnMigrate}, the upgrade first refuses edited
   * or missing applied revisions in its own session, from the rows it reads anyway.
   *
   * @throws AppliedRevisionsChangedException when an applied revision was edited or deleted
   */
  void migrate(Retort retort, boolean validateOnMigrate) {
    log.info("Retort: upgrading " + retort.settings().url() + " to " + target);
    MigrationResult result;
    try {
      result = retort.prepare(Direction.UPGRADE, target, false, new MigrationLog())
          .validateOnMigrate(validateOnMigrate).execute();
    } catch (ChangedRevisionsException e) {
      throw new AppliedRevisionsChangedException(e.changed());
    }
    if (result.nothingToDo()) {
      log.info("Retort: the database is up to date at " + result.plan().rowsAfter() + " (target " + target + ")");
    } else {
      long millis = result.applied().stream().mapToLong(s -> s.millis()).sum();
      int steps = result.applied().size();
      log.info("Retort: applied " + steps + " revision" + (steps == 1 ? "" : "s") + " in " + millis
          + " ms; the database is at " + result.plan().rowsAfter() + " (target " + target + ")");
    }
  }

  @Override
  public String toString() {
    return "upgrade to " + target;
  }
}
