package dev.retort.spring;

import dev.retort.api.Retort;

/**
 * What Retort does with the database at start-up. Declare a bean of this type to replace the
 * default, an upgrade to {@code retort.target}: for example to stamp a database that was set up
 * by hand, or to only check it. {@code retort.validate-on-migrate} and {@code
 * retort.fail-on-lint-errors} are checked before it runs.
 */
@FunctionalInterface
public interface RetortMigrationStrategy {
  /** Runs at start-up, before any bean that uses the database is created. */
  void migrate(Retort retort);
}
