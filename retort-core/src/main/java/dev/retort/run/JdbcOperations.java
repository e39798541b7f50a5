package dev.retort.run;

import dev.retort.dialect.CompiledStatement;
import dev.retort.dialect.Dialect;
import dev.retort.ops.Op;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The operations of a Java revision, run online: each call compiles its op for the dialect and
 * executes it at once on the connection, in whatever transaction the caller holds, so calls mix
 * with {@link #connection()} in program order. A failure is an {@link OperationFailedException}.
 */
public final class JdbcOperations extends OpRunner {
  private final Connection connection;

  public JdbcOperations(Connection connection, Dialect dialect, String revisionId) {
    super(dialect, revisionId);
    this.connection = connection;
  }

  @Override
  Connection schemaConnection() {
    return connection;
  }

  @Override
  void run(Op op, CompiledStatement statement) throws SQLException {
    if (statement.parameters().isEmpty()) {
      try (Statement st = connection.createStatement()) {
        st.execute(statement.sql());
      }
      return;
    }
    try (PreparedStatement ps = connection.prepareStatement(statement.sql())) {
      for (int i = 0; i < statement.parameters().size(); i++) {
        ps.setObject(i + 1, statement.parameters().get(i));
      }
      ps.executeUpdate();
    }
  }

  @Override
  public Connection connection() {
    return connection;
  }
}
