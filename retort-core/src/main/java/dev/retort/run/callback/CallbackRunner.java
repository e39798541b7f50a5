package dev.retort.run.callback;

import dev.retort.error.Location;
import dev.retort.script.SqlSplitter;
import dev.retort.script.SqlSyntax;
import dev.retort.script.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

/** Runs the callbacks of an event on the run's connection: the SQL files, then the Java handlers. */
public final class CallbackRunner {
  private final Connection connection;
  private final Callbacks callbacks;
  private final boolean transactionalDdl;
  private final SqlSyntax syntax;
  private final Consumer<String> info;

  /**
   * @param callbacks the callbacks, placeholders already replaced
   * @param transactionalDdl whether the database rolls DDL back (then an event of its own runs in a
   *     transaction)
   * @param syntax how the database quotes and comments, for splitting SQL callbacks
   * @param info where a line naming each SQL callback of a {@code before}/{@code after} event goes as it starts
   */
  public CallbackRunner(Connection connection, Callbacks callbacks, boolean transactionalDdl, SqlSyntax syntax,
      Consumer<String> info) {
    this.connection = connection;
    this.callbacks = callbacks;
    this.transactionalDdl = transactionalDdl;
    this.syntax = syntax;
    this.info = info;
  }

  /** Whether there are no callbacks at all (nothing ever runs). */
  public boolean isEmpty() {
    return callbacks.isEmpty();
  }

  /**
   * Runs a {@code before}/{@code after} event in a transaction of its own where the database has
   * transactional DDL (committed when every callback succeeded, else rolled back).
   *
   * @throws CallbackFailedException for the first callback that fails; the caller adds what the run left
   */
  public void runAlone(CallbackEvent event) throws SQLException {
    if (callbacks.isEmpty()) {
      return;
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(!transactionalDdl);
    try {
      runWithin(event, null);
      if (transactionalDdl) {
        connection.commit();
      }
    } catch (CallbackFailedException e) {
      if (transactionalDdl) {
        connection.rollback();
      }
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /**
   * Runs an event in the transaction the connection is in (the revision's, for the {@code each}
   * events); the caller rolls back on failure.
   *
   * @param revision the revision of an {@code each} event, else null
   * @throws CallbackFailedException for the first callback that fails
   */
  public void runWithin(CallbackEvent event, String revision) {
    for (CallbackScript script : callbacks.scriptsFor(event)) {
      if (revision == null) {
        // the each callbacks are part of the revision's step, whose line is open
        info.accept("running callback " + script.name());
      }
      runScript(script, revision);
    }
    for (CallbackHandler handler : callbacks.handlers()) {
      try {
        handler.handle(event, revision, connection);
      } catch (Exception e) {
        throw CallbackFailedException.of(new CallbackFailedException.Failure(
            event, revision, null, handler.name() + " (Java)", null, e));
      }
    }
  }

  private void runScript(CallbackScript script, String revision) {
    try (Statement st = connection.createStatement()) {
      for (SqlStatement statement : SqlSplitter.split(script.text(), 1, syntax)) {
        try {
          st.execute(statement.sql());
        } catch (SQLException e) {
          throw CallbackFailedException.of(new CallbackFailedException.Failure(script.event(), revision,
              new Location(script.path(), statement.line()), script.name(), statement.sql(), e));
        }
      }
    } catch (SQLException e) {
      throw CallbackFailedException.of(new CallbackFailedException.Failure(script.event(), revision,
          Location.of(script.path()), script.name(), null, e));
    }
  }
}
