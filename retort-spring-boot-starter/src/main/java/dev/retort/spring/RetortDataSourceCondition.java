package dev.retort.spring;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** Retort has a database to migrate: the application has a DataSource, or {@code retort.url} is set. */
@SuppressWarnings("UnusedNestedClass") // Spring reads the nested classes' conditions
final class RetortDataSourceCondition extends AnyNestedCondition {
  RetortDataSourceCondition() {
    super(ConfigurationPhase.REGISTER_BEAN);
  }

  @ConditionalOnBean(DataSource.class)
  private static final class ApplicationDataSource {}

  @ConditionalOnProperty("retort.url")
  private static final class OwnUrl {}
}
