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
  /** Told of each statement once it ran (a step outside a transaction records its progress). */
  @FunctionalInterface
  interface StatementListener {
    void ran(String sql) throws SQLException;
  }

  private final Connection connection;
  private final StatementListener listener;

  public JdbcOperations(Connection connection, Dialect dialect, String revisionId) {
    this(connection, dialect, revisionId, sql -> { });
  }

  JdbcOperations(Connection connection, Dialect dialect, String revisionId, StatementListener listener) {
    super(dialect, revisionId);
    this.connection = connection;
    this.listener = listener;
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
    } else {
      try (PreparedStatement ps = connection.prepareStatement(statement.sql())) {
        for (int i = 0; i < statement.parameters().size(); i++) {
          ps.setObject(i + 1, statement.parameters().get(i));
        }
        ps.executeUpdate();
      }
    }
    listener.ran(statement.sql());
  }

  @Override
  public Connection connection() {
    return connection;
  }
}
