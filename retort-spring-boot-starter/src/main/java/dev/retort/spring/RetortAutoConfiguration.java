package dev.retort.spring;

import dev.retort.api.Retort;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

/**
 * Migrates the application's database at start-up with Retort, before JPA, JDBC templates and
 * jOOQ are created. Class names are given as text where Spring Boot 4 moved the class (Boot 3.5
 * name first), so one starter serves both.
 *
 * <p>The {@code retort.*} properties are bound whenever Retort is on the class path, so a
 * mistyped property fails the start-up even where it would have switched Retort off.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"
    },
    beforeName = {
      "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
      "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
      "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
      "org.springframework.boot.autoconfigure.jooq.JooqAutoConfiguration",
      "org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration"
    })
@ConditionalOnClass(Retort.class)
@EnableConfigurationProperties(RetortProperties.class)
public class RetortAutoConfiguration {

  /** The migration itself: on unless {@code retort.enabled=false}, and only with a database to migrate. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBooleanProperty(name = "retort.enabled", matchIfMissing = true)
  @Conditional(RetortDataSourceCondition.class)
  @Import(DatabaseInitializationDependencyConfigurer.class)
  static class Migration {

    /** Reads the revision files on a second thread while the context is built (see {@link RetortPreload}). */
    @Bean
    static RetortPreload retortPreload() {
      return new RetortPreload();
    }

    @Bean
    @ConditionalOnMissingBean
    Retort retort(RetortProperties properties, @RetortDataSource ObjectProvider<DataSource> retortDataSource,
        ObjectProvider<DataSource> dataSource, ResourceLoader resourceLoader,
        ObjectProvider<dev.retort.api.Callback> callbacks, ObjectProvider<RetortPreload> preload) {
      ClassLoader classLoader = resourceLoader.getClassLoader();
      return RetortFactory.create(properties,
          () -> Optional.ofNullable(preload.getIfAvailable()).flatMap(p -> p.take(properties, classLoader))
              .orElseGet(() -> RetortFactory.files(properties, classLoader)),
          retortDataSource.getIfAvailable(), dataSource.getIfUnique(), callbacks.orderedStream().toList());
    }

    @Bean
    @ConditionalOnMissingBean
    RetortMigrationInitializer retortMigrationInitializer(Retort retort, RetortProperties properties,
        ObjectProvider<RetortMigrationStrategy> strategy) {
      return new RetortMigrationInitializer(retort, StartupChecks.of(properties),
          strategy.getIfAvailable(() -> new UpgradeToTarget(properties.target())));
    }
  }
}
