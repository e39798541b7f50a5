package dev.retort.run.repeatable;

import dev.retort.dialect.Dialect;
import dev.retort.script.SqlSplitter;
import dev.retort.script.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Applies the repeatable revisions that are pending or outdated, in name order, each with its
 * {@code retort_repeatable} row in one transaction where the database has transactional DDL. A
 * failure stops the run; those applied before it stay recorded.
 */
public final class RepeatableRun {
  private final Connection connection;
  private final Dialect dialect;
  private final String appliedBy;

  public RepeatableRun(Connection connection, Dialect dialect, String appliedBy) {
    this.connection = connection;
    this.dialect = dialect;
    this.appliedBy = appliedBy;
  }

  /**
   * Applies those of {@code scripts} that changed; returns their names, in order. Their text is
   * run as given (placeholders already replaced); their checksum is that of the file as written.
   */
  public List<String> apply(List<RepeatableScript> scripts, Consumer<String> info) throws SQLException {
    List<String> applied = new ArrayList<>();
    if (scripts.isEmpty()) {
      return applied;
    }
    boolean autoCommit = connection.getAutoCommit();
    RepeatableStore store = new RepeatableStore(connection, dialect);
    connection.setAutoCommit(true);
    store.create();
    Map<String, String> recorded = store.checksums();
    List<RepeatableScript> due = scripts.stream()
        .filter(s -> RepeatableState.of(s, recorded) != RepeatableState.APPLIED).toList();
    boolean transactional = dialect.capabilities().transactionalDdl();
    try {
      for (RepeatableScript script : due) {
        info.accept("applying repeatable " + script.name()
            + (script.message().isEmpty() ? "" : " (" + script.message() + ")"));
        connection.setAutoCommit(!transactional);
        runStatements(script, applied);
        store.record(script.name(), script.checksum(), Instant.now().toString(), appliedBy);
        if (transactional) {
          connection.commit();
        }
        applied.add(script.name());
      }
    } finally {
      connection.setAutoCommit(autoCommit);
    }
    return applied;
  }

  private void runStatements(RepeatableScript script, List<String> applied) throws SQLException {
    try (Statement st = connection.createStatement()) {
      for (SqlStatement statement : SqlSplitter.split(script.text(), 1, dialect.sqlSyntax())) {
        try {
          st.execute(statement.sql());
        } catch (SQLException e) {
          boolean rolledBack = !connection.getAutoCommit();
          if (rolledBack) {
            connection.rollback();
          }
          throw new RepeatableFailedException(script, statement.sql(), statement.line(), e, applied, rolledBack);
        }
      }
    }
  }
}
