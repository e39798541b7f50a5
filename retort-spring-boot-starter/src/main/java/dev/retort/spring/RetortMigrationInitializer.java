package dev.retort.spring;

import dev.retort.api.Retort;
import org.springframework.beans.factory.InitializingBean;

/**
 * Migrates the database when the application context creates it: runs the start-up checks, then
 * the {@link RetortMigrationStrategy}. With the default strategy, validate-on-migrate is checked by
 * the upgrade itself, in its session: a start at head opens one connection. Spring Boot's database initialization detection makes every
 * bean that uses the database (JPA's EntityManagerFactory, JdbcTemplate, jOOQ's DSLContext, beans
 * marked {@code @DependsOnDatabaseInitialization}) wait for it.
 */
public final class RetortMigrationInitializer implements InitializingBean {
  private final Retort retort;
  private final StartupChecks checks;
  private final RetortMigrationStrategy strategy;

  RetortMigrationInitializer(Retort retort, StartupChecks checks, RetortMigrationStrategy strategy) {
    this.retort = retort;
    this.checks = checks;
    this.strategy = strategy;
  }

  @Override
  public void afterPropertiesSet() {
    checks.before(strategy).run(retort);
    if (strategy instanceof UpgradeToTarget upgrade) {
      upgrade.migrate(retort, checks.upgradeValidates(strategy));
    } else {
      strategy.migrate(retort);
    }
  }
}
