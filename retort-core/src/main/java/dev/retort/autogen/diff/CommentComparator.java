package dev.retort.autogen.diff;

import dev.retort.ops.Op;
import dev.retort.schema.Column;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.Map;
import java.util.Objects;

/**
 * Table and column comments (PostgreSQL; SQLite has none): set at the end, once the tables and
 * columns exist, for new tables and columns that have one and wherever the text differs; a comment
 * that goes is set to null. View comments are {@link ViewComparator}'s.
 */
final class CommentComparator {
  private CommentComparator() {}

  static void compare(Schema current, Schema desired, DiffPlan plan) {
    String schema = desired.name();
    Map<String, Table> have = TablesByName.of(current);
    for (Table t : desired.tables()) {
      String table = ModelConverter.qualified(schema, t.name());
      Table old = have.get(t.name());
      String oldComment = old == null ? null : old.comment();
      if (!Objects.equals(oldComment, t.comment())) {
        plan.comments.add(new Op.SetComment(Op.CommentOn.TABLE, table, null, t.comment()));
      }
      for (Column c : t.columns()) {
        Column oldColumn = old == null ? null : old.column(c.name()).orElse(null);
        String was = oldColumn == null ? null : oldColumn.comment();
        if (!Objects.equals(was, c.comment())) {
          plan.comments.add(new Op.SetComment(Op.CommentOn.COLUMN, table, c.name(), c.comment()));
        }
      }
    }
  }
}
