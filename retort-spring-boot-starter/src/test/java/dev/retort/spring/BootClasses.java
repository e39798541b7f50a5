package dev.retort.spring;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurations;

/**
 * Spring Boot's own auto-configurations by name, for whichever Boot version runs the tests (Boot 4
 * moved them to other packages), so that the same tests run on 3.5 and 4.0.
 */
final class BootClasses {
  private BootClasses() {}

  /** DataSource, transactions, JdbcTemplate and jOOQ, then Retort's. */
  static AutoConfigurations jdbcJooqAndRetort() {
    List<Class<?>> classes = new ArrayList<>();
    classes.add(first("org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"));
    classes.add(first("org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"));
    classes.add(first("org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration"));
    classes.add(first("org.springframework.boot.autoconfigure.jooq.JooqAutoConfiguration",
        "org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration"));
    classes.add(RetortAutoConfiguration.class);
    return AutoConfigurations.of(classes.toArray(Class<?>[]::new));
  }

  private static Class<?> first(String... names) {
    for (String name : names) {
      try {
        return Class.forName(name);
      } catch (ClassNotFoundException e) {
        // the other Spring Boot version's name
      }
    }
    throw new IllegalStateException("none of these classes is on the class path: " + List.of(names));
  }
}
