package dev.retort.jpa;

import dev.retort.autogen.source.EntityDdl;
import dev.retort.autogen.source.EntitySource;
import dev.retort.jpa.shop.Customer;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The test entities: where their classes are, their export, and running it. */
final class Shop {
  private Shop() {}

  /** The folder of the compiled test classes (the entities of {@code dev.retort.jpa.*}). */
  static Path testClasses() {
    try {
      return Path.of(Customer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static EntityDdl export(String packageName, String dialect) {
    return new HibernateEntitySchemaExport().ddl(new EntitySource(packageName, List.of(testClasses()), dialect));
  }

  static void apply(Connection connection, List<String> statements) throws SQLException {
    try (Statement st = connection.createStatement()) {
      for (String statement : statements) {
        st.execute(statement);
      }
    }
  }
}
