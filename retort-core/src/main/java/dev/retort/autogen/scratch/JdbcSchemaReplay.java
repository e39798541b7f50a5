package dev.retort.autogen.scratch;

import dev.retort.autogen.render.SchemaReplay;
import dev.retort.autogen.diff.SchemaDiff;
import dev.retort.dialect.CompiledStatement;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.JdbcSchemaLookup;
import dev.retort.dialect.SchemaLookup;
import dev.retort.ops.Op;
import dev.retort.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A {@link SchemaReplay} on a scratch connection: the compiler reads the scratch database, and each
 * rendered statement is run on it. The connection must hold the schema the revision starts from.
 */
public final class JdbcSchemaReplay implements SchemaReplay {
  private final Connection connection;

  public JdbcSchemaReplay(Connection connection) {
    this.connection = connection;
  }

  /**
   * A replay on an empty scratch connection, which first gets {@code current}: the operations that
   * build it from nothing, compiled by {@code dialect}, are run on it.
   */
  public static JdbcSchemaReplay startingAt(Connection emptyScratch, Dialect dialect, SchemaSnapshot current) {
    JdbcSchemaReplay replay = new JdbcSchemaReplay(emptyScratch);
    for (Op op : SchemaDiff.between(new SchemaSnapshot(List.of()), current).ops()) {
      for (CompiledStatement statement : dialect.ddl().compile(op, replay.lookup())) {
        replay.run(dialect.ddl().inline(statement));
      }
    }
    return replay;
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
      throw new ScratchStatementException(sql, e.getMessage(), e);
    }
  }
}
