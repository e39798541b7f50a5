package dev.retort.run;

import dev.retort.script.DataStatements;
import dev.retort.script.SqlStatement;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Runs the statements of a step in a transaction with as few round trips as the driver allows:
 * each run of consecutive DDL statements ({@code CREATE}, {@code ALTER}, {@code DROP}, {@code
 * COMMENT}) goes as one JDBC batch between a {@code SAVEPOINT} and its {@code RELEASE}, both sent in
 * the batch itself, so one round trip; anything else (a query, a data statement that may return
 * rows) runs alone. When a batch fails, the transaction goes back to the savepoint and the batch
 * runs again one statement at a time, so the failure is reported on its own statement, with its own
 * error, as a run without batches reports it.
 */
final class StatementBatches {
  /** Runs statements one by one, reporting the one that fails. */
  interface OneByOne {
    void run(List<SqlStatement> statements) throws SQLException;
  }

  private static final List<String> DDL = List.of("CREATE", "ALTER", "DROP", "COMMENT");
  private static final String SAVEPOINT = "retort_batch";

  private StatementBatches() {}

  static void run(Connection connection, List<SqlStatement> statements, OneByOne oneByOne) throws SQLException {
    int from = 0;
    while (from < statements.size()) {
      int to = from;
      while (to < statements.size() && isDdl(statements.get(to).sql())) {
        to++;
      }
      if (to - from > 1) {
        batch(connection, statements.subList(from, to), oneByOne);
        from = to;
      } else {
        oneByOne.run(statements.subList(from, from + 1));
        from++;
      }
    }
  }

  private static void batch(Connection connection, List<SqlStatement> batch, OneByOne oneByOne) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.addBatch("SAVEPOINT " + SAVEPOINT);
      for (SqlStatement statement : batch) {
        st.addBatch(statement.sql());
      }
      st.addBatch("RELEASE SAVEPOINT " + SAVEPOINT);
      st.executeBatch();
    } catch (BatchUpdateException e) {
      try (Statement st = connection.createStatement()) {
        st.execute("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
        st.execute("RELEASE SAVEPOINT " + SAVEPOINT);
      }
      oneByOne.run(batch);
      throw e.getNextException() != null ? e.getNextException() : e;
    }
  }

  /** Whether {@code sql} starts (after comments and blanks) with a DDL keyword, which returns no rows. */
  static boolean isDdl(String sql) {
    return DDL.contains(DataStatements.keyword(sql));
  }
}
