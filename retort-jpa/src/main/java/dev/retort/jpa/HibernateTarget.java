package dev.retort.jpa;

import dev.retort.autogen.source.EntityLoadException;
import java.util.List;
import java.util.Locale;

/**
 * The Hibernate dialect that writes the DDL for a Retort dialect, and how that database's schema
 * reads back a name Hibernate writes unquoted (PostgreSQL folds it to lower case, and Retort's H2
 * reflector reads H2's upper-case names in lower case; SQLite and MySQL keep it).
 *
 * @param dialectClass the Hibernate dialect's class name
 * @param foldsToLowerCase whether unquoted names read back in lower case
 */
record HibernateTarget(String dialectClass, boolean foldsToLowerCase) {
  /** The target for Retort's dialect {@code name}. */
  static HibernateTarget of(String name) {
    return switch (name) {
      case "postgresql" -> new HibernateTarget("org.hibernate.dialect.PostgreSQLDialect", true);
      case "sqlite" -> new HibernateTarget("org.hibernate.community.dialect.SQLiteDialect", false);
      case "mysql" -> new HibernateTarget("org.hibernate.dialect.MySQLDialect", false);
      case "h2" -> new HibernateTarget("org.hibernate.dialect.H2Dialect", true);
      default -> throw new EntityLoadException("JPA entities cannot be exported for the " + name + " dialect",
          List.of("Retort asks Hibernate ORM for the DDL of postgresql, sqlite, mysql and h2 only"),
          "compare the entities on one of those databases, or use schema = \"schema.sql\"", null);
    };
  }

  /** The name as the database stores it, for a name Hibernate writes quoted or not. */
  String stored(String name, boolean quoted) {
    return quoted || !foldsToLowerCase ? name : name.toLowerCase(Locale.ROOT);
  }
}
