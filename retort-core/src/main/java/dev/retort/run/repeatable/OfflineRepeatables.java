package dev.retort.run.repeatable;

import dev.retort.dialect.Dialect;
import dev.retort.script.MessageText;
import dev.retort.script.SqlSplitter;
import dev.retort.script.SqlStatement;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The end of an offline upgrade script that ends at the heads: every repeatable revision, since
 * without a database there is no telling which changed, each with its {@code retort_repeatable}
 * row, in a transaction of its own where the database has transactional DDL.
 */
public final class OfflineRepeatables {
  private final Dialect dialect;
  private final UnaryOperator<RepeatableScript> substitution;

  public OfflineRepeatables(Dialect dialect, UnaryOperator<RepeatableScript> substitution) {
    this.dialect = dialect;
    this.substitution = substitution;
  }

  /** The script's tail for {@code scripts}; empty when there is none. */
  public String render(List<RepeatableScript> scripts) {
    if (scripts.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append("-- Repeatable revisions: offline mode cannot know which changed since they were last applied,\n")
        .append("-- so every one is written here; re-applying an unchanged one must be harmless.\n\n");
    out.append(RepeatableStore.CREATE).append(";\n\n");
    boolean transactional = dialect.capabilities().transactionalDdl();
    for (RepeatableScript script : scripts.stream().map(substitution).toList()) {
      if (transactional) {
        out.append("BEGIN;\n\n");
      }
      out.append("-- ").append(MessageText.escaped("repeatable " + script.name()
          + (script.message().isEmpty() ? "" : ": " + script.message()))).append("\n\n");
      for (SqlStatement statement : SqlSplitter.split(script.text(), 1, dialect.sqlSyntax())) {
        out.append(statement.sql()).append(";\n\n");
      }
      out.append("DELETE FROM ").append(RepeatableStore.TABLE).append(" WHERE name = ").append(literal(script.name()))
          .append(";\n\n");
      out.append("INSERT INTO ").append(RepeatableStore.TABLE).append(" (name, checksum, applied_at, applied_by) VALUES (")
          .append(literal(script.name())).append(", ").append(literal(script.checksum()))
          .append(", CAST(CURRENT_TIMESTAMP AS VARCHAR(40)), 'offline script');\n\n");
      if (transactional) {
        out.append("COMMIT;\n\n");
      }
    }
    return out.toString();
  }

  private static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
