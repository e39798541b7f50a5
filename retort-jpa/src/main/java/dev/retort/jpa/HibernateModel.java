package dev.retort.jpa;

import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;

/**
 * Hibernate's mapping of the entities for one dialect, built without a database connection: the
 * dialect is named, and Hibernate is told not to ask a database for its metadata. Close it to
 * release Hibernate's services.
 */
final class HibernateModel implements AutoCloseable {
  private final StandardServiceRegistry registry;
  private final Metadata metadata;

  private HibernateModel(StandardServiceRegistry registry, Metadata metadata) {
    this.registry = registry;
    this.metadata = metadata;
  }

  /** Maps {@code classes}, loaded by {@code loader}, for {@code target}; throws Hibernate's exception when it refuses. */
  static HibernateModel build(List<Class<?>> classes, ClassLoader loader, HibernateTarget target) {
    BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings(target)).build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      classes.forEach(sources::addAnnotatedClass);
      Metadata metadata = sources.buildMetadata();
      ((MetadataImplementor) metadata).validate();
      return new HibernateModel(registry, metadata);
    } catch (RuntimeException | LinkageError e) {
      StandardServiceRegistryBuilder.destroy(registry);
      throw e;
    }
  }

  private static Map<String, Object> settings(HibernateTarget target) {
    return Map.of(
        "hibernate.dialect", target.dialectClass(),
        "hibernate.boot.allow_jdbc_metadata_access", "false",
        "hibernate.hbm2ddl.skip_default_import_file", "true",
        "hibernate.format_sql", "false",
        "hibernate.show_sql", "false",
        "hibernate.highlight_sql", "false");
  }

  StandardServiceRegistry registry() {
    return registry;
  }

  Metadata metadata() {
    return metadata;
  }

  @Override
  public void close() {
    StandardServiceRegistryBuilder.destroy(registry);
  }
}
