package dev.retort.maven;

import dev.retort.api.Direction;
import dev.retort.api.MigrationPlan;
import dev.retort.api.MigrationResult;
import dev.retort.api.Retort;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code upgrade}, {@code downgrade} and {@code stamp}: one run on the database towards a target. */
public abstract class MigrationMojo extends RetortMojo {
  /**
   * Where to take the database: {@code heads} (upgrade's default), {@code head}, {@code base},
   * {@code +1}, {@code -1}, a revision id or prefix, {@code <label>@head}. Property: {@code retort.target}.
   */
  @Parameter
  private String target;

  /** The goal's name, for messages. */
  abstract String goal();

  /** Which way the run moves the database. */
  abstract Direction direction();

  /** The target when none is configured; empty when the goal needs one. */
  abstract Optional<String> defaultTarget();

  /** Whether the run empties the version table first (stamp's {@code purge}). */
  boolean purge() {
    return false;
  }

  @Override
  final void run(Retort retort) {
    String to = setting("target", target).or(this::defaultTarget)
        .orElseThrow(() -> PluginSettingException.missingTarget(goal()));
    getLog().info("Database: " + retort.settings().url() + " (version table " + retort.settings().versionTable() + ")");
    MigrationResult result = retort.prepare(direction(), to, purge(), new MavenListener(getLog())).execute();
    MigrationPlan plan = result.plan();
    if (result.nothingToDo()) {
      getLog().info("Nothing to " + goal() + ": the database is at " + RevisionLines.rows(plan.rowsBefore()));
    } else {
      int count = result.applied().size();
      getLog().info(goal().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + goal().substring(1) + " to " + to
          + " done: " + count + (count == 1 ? " step" : " steps") + "; the database is at "
          + RevisionLines.rows(plan.rowsAfter()));
    }
  }
}
