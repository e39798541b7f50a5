package dev.retort.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link RetortMigrationInitializer} initializes the database, so that the
 * beans its detectors find using it (EntityManagerFactory, JdbcOperations, DSLContext, ...) are
 * created after it. Registered in {@code META-INF/spring.factories}, as Flyway's and Liquibase's are.
 */
public final class RetortDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {
  @Override
  protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
    return Set.of(RetortMigrationInitializer.class);
  }
}
