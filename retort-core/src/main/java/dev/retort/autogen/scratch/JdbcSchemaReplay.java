package dev.retort.autogen.scratch;

import dev.retort.autogen.render.SchemaReplay;
import dev.retort.dialect.JdbcSchemaLookup;
import dev.retort.dialect.SchemaLookup;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A {@link SchemaReplay} on a scratch connection: the compiler reads the scratch database, and each
 * rendered statement is run on it. The connection must hold the schema the revision starts from.
 */
public final class JdbcSchemaReplay implements SchemaReplay {
  private final Connection connection;

  public JdbcSchemaReplay(Connection connection) {
    this.connection = connection;
  }

  @Override
  public SchemaLookup lookup() {
    return new JdbcSchemaLookup(connection);
  }

  @Override
  public void run(String sql) {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("a rendered statement fails on the scratch database: " + sql + ": "
          + e.getMessage(), e);
    }
  }
}
