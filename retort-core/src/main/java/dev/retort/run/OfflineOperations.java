package dev.retort.run;

import dev.retort.dialect.CompiledStatement;
import dev.retort.dialect.Dialect;
import dev.retort.ops.Op;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The operations of a Java revision in offline ({@code --sql}) mode: each statement is appended to
 * the script with literal values, and also run on a scratch database of the same dialect that
 * holds the schema of the script's starting point, so that what the compiler reads (SQLite
 * rebuilds, existence checks) matches what the script will meet. Use the scratch connection in
 * autocommit mode for non-transactional revisions ({@code CREATE INDEX CONCURRENTLY}).
 */
public final class OfflineOperations extends OpRunner {
  private final Connection scratch;
  private final StringBuilder out;

  public OfflineOperations(Dialect dialect, Connection scratch, StringBuilder out, String revisionId) {
    super(dialect, revisionId);
    this.scratch = scratch;
    this.out = out;
  }

  @Override
  Connection schemaConnection() {
    return scratch;
  }

  @Override
  void run(Op op, CompiledStatement statement) throws SQLException {
    String sql = dialect.ddl().inline(statement);
    out.append(sql).append(";\n\n");
    try (Statement st = scratch.createStatement()) {
      st.execute(sql);
    }
  }

  /** Raw JDBC cannot be written into a script. */
  @Override
  public Connection connection() {
    throw new OfflineConnectionException(revisionId);
  }
}
