package dev.retort.api;

import dev.retort.dialect.JdbcSchemaLookup;
import dev.retort.dialect.ReflectOptions;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.schema.SchemaSnapshot;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/** Squash semantics on SQLite files. */
class SquashSqliteTest extends SquashContract {
  private Path file(String database) {
    return dir.resolve(database + ".db");
  }

  @Override
  Retort retort(Path project, String database) {
    return Retort.configure().workingDirectory(project).url("jdbc:sqlite:" + file(database)).load();
  }

  @Override
  SchemaSnapshot schema(String database) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file(database))) {
      return new SqliteDialect().reflector().reflect(new JdbcSchemaLookup(c),
          ReflectOptions.excluding("retort_version", "retort_history"));
    }
  }
}
