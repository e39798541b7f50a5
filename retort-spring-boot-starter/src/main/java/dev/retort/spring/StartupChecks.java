package dev.retort.spring;

import dev.retort.api.LintFinding;
import dev.retort.api.LintSeverity;
import dev.retort.api.Retort;
import dev.retort.api.RevisionState;
import dev.retort.api.RevisionStatus;
import java.util.List;
import java.util.Set;

/**
 * The checks that run before the migration: {@code retort.validate-on-migrate} (no applied
 * revision edited or deleted) and {@code retort.fail-on-lint-errors} (no lint error in the files).
 *
 * @param validateOnMigrate whether to refuse edited or missing applied revisions
 * @param failOnLintErrors whether to refuse lint errors
 */
record StartupChecks(boolean validateOnMigrate, boolean failOnLintErrors) {

  static StartupChecks of(RetortProperties properties) {
    return new StartupChecks(properties.validateOnMigrate(), properties.failOnLintErrors());
  }

  /**
   * @throws AppliedRevisionsChangedException when an applied revision was edited or deleted
   * @throws LintErrorsException when lint finds an error
   */
  /**
   * The checks that must run before {@code strategy}: all of them, except validate-on-migrate when
   * the default upgrade does it in its own session (see {@link UpgradeToTarget#migrate(Retort,
   * boolean)}), which it then does only when there is no lint check to come before it.
   */
  StartupChecks before(RetortMigrationStrategy strategy) {
    return upgradeValidates(strategy) ? new StartupChecks(false, failOnLintErrors) : this;
  }

  /** Whether {@code strategy} is the default upgrade and checks validate-on-migrate itself. */
  boolean upgradeValidates(RetortMigrationStrategy strategy) {
    return validateOnMigrate && !failOnLintErrors && strategy instanceof UpgradeToTarget;
  }

  void run(Retort retort) {
    if (validateOnMigrate) {
      List<RevisionStatus> changed = retort.status().stream()
          .filter(s -> s.state() == RevisionState.EDITED || s.state() == RevisionState.MISSING)
          .toList();
      if (!changed.isEmpty()) {
        throw new AppliedRevisionsChangedException(changed);
      }
    }
    if (failOnLintErrors) {
      List<LintFinding> errors = retort.lint(false, true, Set.of()).findings().stream()
          .filter(f -> f.severity() == LintSeverity.ERROR)
          .toList();
      if (!errors.isEmpty()) {
        throw new LintErrorsException(errors);
      }
    }
  }
}
