package dev.retort.spring;

import dev.retort.api.Retort;
import dev.retort.api.RetortBuilder;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * Builds the {@link Retort} of an application from its {@code retort.*} properties and its
 * DataSources, in two parts: {@link #files} (the revision files; {@link RetortPreload} may read
 * them on another thread) and then the database. The database is, in this order: the DataSource
 * marked {@link RetortDataSource}; {@code retort.url}; the application's database with {@code
 * retort.user}'s credentials; the application's DataSource.
 */
final class RetortFactory {
  private RetortFactory() {}

  /**
   * The project of the {@code retort.*} properties without its database and callbacks; nothing is
   * read or connected yet.
   *
   * @param classLoader the application's class loader, for {@code classpath:} locations
   */
  static Retort files(RetortProperties properties, ClassLoader classLoader) {
    RetortBuilder builder = Retort.configure()
        .locations(properties.locations().toArray(String[]::new))
        .property("lock_timeout", properties.lockTimeout().toMillis() + "ms")
        .classLoader(classLoader)
        .placeholderReplacement(properties.placeholderReplacement())
        .placeholders(properties.placeholders());
    if (properties.versionTable() != null && !properties.versionTable().isBlank()) {
      builder.versionTable(properties.versionTable());
    }
    if (properties.hasOwnUrl() || properties.hasOwnUser()) {
      if (properties.user() != null) {
        builder.user(properties.user());
      }
      if (properties.password() != null) {
        builder.password(properties.password());
      }
    }
    return builder.load();
  }

  /**
   * @param properties the {@code retort.*} properties
   * @param files {@link #files} of the same properties (perhaps read already)
   * @param retortDataSource the DataSource marked {@link RetortDataSource}, or null
   * @param applicationDataSource the application's only DataSource, or null (none, or several)
   * @param callbacks the application's {@link dev.retort.api.Callback} beans, in their {@code @Order}
   */
  static Retort create(RetortProperties properties, Supplier<Retort> files, DataSource retortDataSource,
      DataSource applicationDataSource, List<dev.retort.api.Callback> callbacks) {
    UnaryOperator<Retort> database = database(properties, retortDataSource, applicationDataSource);
    return database.apply(files.get()).withCallbacks(callbacks);
  }

  private static UnaryOperator<Retort> database(RetortProperties properties, DataSource retortDataSource,
      DataSource applicationDataSource) {
    if (retortDataSource != null) {
      return retort -> retort.withDataSource(retortDataSource);
    } else if (properties.hasOwnUrl()) {
      return retort -> retort.withUrl(properties.url());
    } else if (applicationDataSource == null) {
      throw RetortConfigurationException.noSingleDataSource();
    } else if (properties.hasOwnUser()) {
      String url = jdbcUrl(applicationDataSource);
      return retort -> retort.withUrl(url);
    } else {
      return retort -> retort.withDataSource(applicationDataSource);
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
