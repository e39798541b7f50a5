package dev.retort.spring;

import dev.retort.api.Retort;
import dev.retort.api.RetortBuilder;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Builds the {@link Retort} of an application from its {@code retort.*} properties and its
 * DataSources. The database is, in this order: the DataSource marked {@link RetortDataSource};
 * {@code retort.url}; the application's database with {@code retort.user}'s credentials; the
 * application's DataSource.
 */
final class RetortFactory {
  private RetortFactory() {}

  /**
   * @param properties the {@code retort.*} properties
   * @param retortDataSource the DataSource marked {@link RetortDataSource}, or null
   * @param applicationDataSource the application's only DataSource, or null (none, or several)
   * @param classLoader the application's class loader, for {@code classpath:} locations
   * @param callbacks the application's {@link dev.retort.api.Callback} beans, in their {@code @Order}
   */
  static Retort create(RetortProperties properties, DataSource retortDataSource, DataSource applicationDataSource,
      ClassLoader classLoader, java.util.List<dev.retort.api.Callback> callbacks) {
    RetortBuilder builder = Retort.configure()
        .locations(properties.locations().toArray(String[]::new))
        .property("lock_timeout", properties.lockTimeout().toMillis() + "ms")
        .classLoader(classLoader)
        .placeholderReplacement(properties.placeholderReplacement())
        .placeholders(properties.placeholders())
        .callbacks(callbacks);
    if (properties.versionTable() != null && !properties.versionTable().isBlank()) {
      builder.versionTable(properties.versionTable());
    }
    database(builder, properties, retortDataSource, applicationDataSource);
    return builder.load();
  }

  private static void database(RetortBuilder builder, RetortProperties properties, DataSource retortDataSource,
      DataSource applicationDataSource) {
    if (retortDataSource != null) {
      builder.dataSource(retortDataSource);
    } else if (properties.hasOwnUrl()) {
      builder.url(properties.url());
      credentials(builder, properties);
    } else if (applicationDataSource == null) {
      throw RetortConfigurationException.noSingleDataSource();
    } else if (properties.hasOwnUser()) {
      builder.url(jdbcUrl(applicationDataSource));
      credentials(builder, properties);
    } else {
      builder.dataSource(applicationDataSource);
    }
  }

  private static void credentials(RetortBuilder builder, RetortProperties properties) {
    if (properties.user() != null) {
      builder.user(properties.user());
    }
    if (properties.password() != null) {
      builder.password(properties.password());
    }
  }

  /** The application's database URL, to connect to it as {@code retort.user}. */
  private static String jdbcUrl(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getURL();
    } catch (SQLException e) {
      throw RetortConfigurationException.unreachable(e);
    }
  }
}
