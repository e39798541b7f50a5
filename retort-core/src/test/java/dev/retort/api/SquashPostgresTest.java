package dev.retort.api;

import dev.retort.dialect.JdbcSchemaLookup;
import dev.retort.dialect.ReflectOptions;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.ops.PgServer;
import dev.retort.schema.SchemaSnapshot;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Squash semantics on embedded PostgreSQL. */
class SquashPostgresTest extends SquashContract {
  @RegisterExtension static final PgServer SERVER = new PgServer();

  private final Map<String, Connection> databases = new HashMap<>();

  private Connection database(String name) throws SQLException {
    Connection c = databases.get(name);
    if (c == null) {
      c = SERVER.newDatabase();
      databases.put(name, c);
    }
    return c;
  }

  @Override
  Retort retort(Path project, String database) throws SQLException {
    return Retort.configure().workingDirectory(project).url(database(database).getMetaData().getURL())
        .user("postgres").password("postgres").load();
  }

  @Override
  SchemaSnapshot schema(String database) throws SQLException {
    return new PostgresDialect().reflector().reflect(new JdbcSchemaLookup(database(database)),
        ReflectOptions.excluding("retort_version", "retort_history"));
  }

  @AfterEach
  void close() throws SQLException {
    for (Connection c : databases.values()) {
      c.close();
    }
  }
}
