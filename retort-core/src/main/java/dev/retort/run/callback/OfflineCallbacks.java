package dev.retort.run.callback;

import dev.retort.script.MessageText;
import dev.retort.script.SqlSplitter;
import dev.retort.script.SqlSyntax;
import dev.retort.script.SqlStatement;

/**
 * Callbacks written into an offline script: each SQL file's statements under a comment naming it; a
 * Java callback cannot run without a database, so it is named in a comment instead.
 */
public final class OfflineCallbacks {
  private final Callbacks callbacks;
  private final boolean transactionalDdl;
  private final SqlSyntax syntax;

  /**
   * @param callbacks the callbacks, placeholders already replaced
   * @param syntax how the database quotes and comments, for splitting SQL callbacks
   */
  public OfflineCallbacks(Callbacks callbacks, boolean transactionalDdl, SqlSyntax syntax) {
    this.callbacks = callbacks;
    this.transactionalDdl = transactionalDdl;
    this.syntax = syntax;
  }

  /**
   * A {@code before}/{@code after} event on its own, in a transaction where the database has
   * transactional DDL; empty when nothing runs at it.
   */
  public String alone(CallbackEvent event) {
    String body = within(event, null);
    if (body.isEmpty()) {
      return "";
    }
    return transactionalDdl ? "BEGIN;\n\n" + body + "COMMIT;\n\n" : body;
  }

  /** An event's callbacks inside the transaction the script is in; {@code revision} for an {@code each} event. */
  public String within(CallbackEvent event, String revision) {
    StringBuilder out = new StringBuilder();
    String suffix = revision == null ? "" : " for " + revision;
    for (CallbackScript script : callbacks.scriptsFor(event)) {
      out.append("-- ").append(MessageText.escaped("callback " + script.name() + suffix)).append("\n\n");
      for (SqlStatement statement : SqlSplitter.split(script.text(), 1, syntax)) {
        out.append(statement.sql()).append(";\n\n");
      }
    }
    for (CallbackHandler handler : callbacks.handlers()) {
      out.append("-- ").append(MessageText.escaped("Java callback " + handler.name() + " (" + event.fileStem() + suffix
          + ") does not run in offline scripts")).append("\n\n");
    }
    return out.toString();
  }
}
