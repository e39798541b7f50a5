package dev.retort.autogen.source;

import dev.retort.autogen.scratch.JdbcSchemaReplay;
import dev.retort.autogen.scratch.ScratchDatabase;
import dev.retort.dialect.CompiledStatement;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.SchemaLookup;
import dev.retort.error.ErrorCode;
import dev.retort.ops.Op;
import dev.retort.run.Connector;
import dev.retort.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The SQL of upgrade operations, as the dialect's {@code DdlCompiler} writes it. A compiler that
 * reads the schema it compiles against (SQLite, to rebuild a table) is given a scratch database
 * holding the current schema, rebuilt there from the snapshot, on which each operation is also run
 * so that the next one sees its effect. No other database is touched.
 */
public final class UpgradeSql {
  private final Dialect dialect;

  public UpgradeSql(Dialect dialect) {
    this.dialect = dialect;
  }

  /**
   * The statements of each operation, in order.
   *
   * @param current the schema the operations start from
   * @param ops the operations
   * @param scratch an empty scratch database, asked for only when the compiler needs one
   */
  public List<List<String>> render(SchemaSnapshot current, List<Op> ops, Supplier<ScratchDatabase> scratch) {
    if (ops.isEmpty()) {
      return List.of();
    }
    try {
      List<List<String>> sql = new ArrayList<>();
      for (Op op : ops) {
        sql.add(text(dialect.ddl().compile(op, SchemaLookup.none())));
      }
      return sql;
    } catch (IllegalStateException needsSchema) {
      return renderOn(scratch.get(), current, ops);
    }
  }

  private List<List<String>> renderOn(ScratchDatabase scratch, SchemaSnapshot current, List<Op> ops) {
    try (Connection connection = Connector.open(scratch.url())) {
      connection.setAutoCommit(true);
      SchemaLookup lookup = JdbcSchemaReplay.startingAt(connection, dialect, current).lookup();
      List<List<String>> sql = new ArrayList<>();
      for (Op op : ops) {
        List<CompiledStatement> statements = dialect.ddl().compile(op, lookup);
        sql.add(text(statements));
        for (CompiledStatement statement : statements) {
          execute(connection, statement);
        }
      }
      return sql;
    } catch (SQLException e) {
      throw new SchemaSourceException(ErrorCode.M005, null,
          "cannot use the scratch database " + scratch.description() + ": " + e.getMessage(), List.of(),
          "set dev_url to an empty database Retort may write to", e);
    }
  }

  private static void execute(Connection connection, CompiledStatement statement) {
    try (PreparedStatement jdbc = connection.prepareStatement(statement.sql())) {
      for (int i = 0; i < statement.parameters().size(); i++) {
        jdbc.setObject(i + 1, statement.parameters().get(i));
      }
      jdbc.execute();
    } catch (SQLException e) {
      // the text is what is asked for; a statement the scratch copy refuses still prints
    }
  }

  private List<String> text(List<CompiledStatement> statements) {
    return statements.stream().map(dialect.ddl()::inline).toList();
  }
}
