package dev.retort.command;

import dev.retort.migration.ColumnChange;
import dev.retort.migration.Type;
import dev.retort.ops.Op;
import dev.retort.schema.Column;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Describes upgrade operations for people, using both schemas for what was there before. Asked for
 * the operations in order: it follows their renames, to find a renamed element's old type.
 */
final class DifferenceText {
  private final SchemaSnapshot current;
  private final SchemaSnapshot desired;
  private final java.util.Map<String, String> oldTables = new java.util.HashMap<>();
  private final java.util.Map<String, String> oldColumns = new java.util.HashMap<>();

  DifferenceText(SchemaSnapshot current, SchemaSnapshot desired) {
    this.current = current;
    this.desired = desired;
  }

  /** The difference an operation makes, without its SQL. */
  Difference describe(Op op) {
    if (op instanceof Op.CreateTable o) {
      return of("add_table", o.table().name(), o.table().name(), "table " + o.table().name());
    }
    if (op instanceof Op.DropTable o) {
      return of("drop_table", o.table(), o.table(), "table " + o.table());
    }
    if (op instanceof Op.RenameTable o) {
      oldTables.put(o.to(), oldTables.getOrDefault(o.from(), o.from()));
      return of("rename_table", o.to(), o.to(), "table " + o.from() + " renamed to " + o.to());
    }
    if (op instanceof Op.AddColumn o) {
      return of("add_column", o.table(), o.column().name(), "column " + o.table() + "." + o.column().name());
    }
    if (op instanceof Op.DropColumn o) {
      return of("drop_column", o.table(), o.column(), "column " + o.table() + "." + o.column());
    }
    if (op instanceof Op.AlterColumn o) {
      return of("alter_column", o.table(), o.column(), "column " + o.table() + "." + o.column() + ": " + change(o));
    }
    if (op instanceof Op.CreateIndex o) {
      String unique = o.index().isUnique() ? "unique index " : "index ";
      return of("add_index", o.index().table(), o.index().name(), unique + o.index().name() + " on " + o.index().table());
    }
    if (op instanceof Op.DropIndex o) {
      return of("drop_index", o.table(), o.index(), "index " + o.index() + " on " + o.table());
    }
    if (op instanceof Op.CreateForeignKey o) {
      String name = o.foreignKey().name() == null ? "" : o.foreignKey().name();
      return of("add_foreign_key", o.table(), name, "foreign key " + (name.isEmpty() ? "" : name + " ") + "on "
          + o.table() + " (" + String.join(", ", o.foreignKey().columns()) + ") → " + o.foreignKey().referencedTable());
    }
    if (op instanceof Op.CreateUniqueConstraint o) {
      String name = o.unique().name() == null ? "" : o.unique().name();
      return of("add_unique", o.table(), name, "unique constraint " + (name.isEmpty() ? "" : name + " ") + "on "
          + o.table() + " (" + String.join(", ", o.unique().columns()) + ")");
    }
    if (op instanceof Op.CreateCheckConstraint o) {
      String name = o.check().name() == null ? "" : o.check().name();
      return of("add_check", o.table(), name, "check constraint " + (name.isEmpty() ? "" : name + " ") + "on "
          + o.table() + ": " + o.check().condition());
    }
    if (op instanceof Op.DropConstraint o) {
      return of("drop_constraint", o.table(), o.constraint(), "constraint " + o.constraint() + " on " + o.table());
    }
    if (op instanceof Op.CreatePrimaryKey o) {
      return of("add_primary_key", o.table(), o.name() == null ? "" : o.name(),
          "primary key on " + o.table() + " (" + String.join(", ", o.columns()) + ")");
    }
    if (op instanceof Op.DropPrimaryKey o) {
      return of("drop_primary_key", o.table(), o.name() == null ? "" : o.name(), "primary key on " + o.table());
    }
    if (op instanceof Op.ExecuteSql o) {
      String first = o.sql().strip().lines().findFirst().orElse("");
      return of("sql", "", "", "sql: " + (first.length() > 100 ? first.substring(0, 100) + "…" : first));
    }
    if (op instanceof Op.BulkInsert o) {
      return of("insert", o.table(), o.table(), o.rows().size() + " rows into " + o.table());
    }
    return schemaObject(op);
  }

  /** Views, sequences, enum types and comments; any newer operation by its own description. */
  private static Difference schemaObject(Op op) {
    if (op instanceof Op.CreateView o) {
      return of(o.orReplace() ? "alter_view" : "add_view", "", o.name(), "view " + o.name());
    }
    if (op instanceof Op.DropView o) {
      return of("drop_view", "", o.name(), "view " + o.name());
    }
    if (op instanceof Op.CreateSequence o) {
      return of("add_sequence", "", o.sequence().name(), "sequence " + o.sequence().name());
    }
    if (op instanceof Op.AlterSequence o) {
      return of("alter_sequence", "", o.sequence().name(), "sequence " + o.sequence().name());
    }
    if (op instanceof Op.DropSequence o) {
      return of("drop_sequence", "", o.name(), "sequence " + o.name());
    }
    if (op instanceof Op.CreateEnumType o) {
      return of("add_enum_type", "", o.name(), "enum type " + o.name() + " (" + String.join(", ", o.values()) + ")");
    }
    if (op instanceof Op.AddEnumValue o) {
      return of("alter_enum_type", "", o.type(), "enum type " + o.type() + ": value " + o.value() + " added");
    }
    if (op instanceof Op.DropEnumType o) {
      return of("drop_enum_type", "", o.name(), "enum type " + o.name());
    }
    if (op instanceof Op.SetComment o) {
      String target = o.on() == Op.CommentOn.COLUMN ? "column " + o.object() + "." + o.column()
          : o.on().name().toLowerCase(java.util.Locale.ROOT) + " " + o.object();
      return of("alter_comment", o.on() == Op.CommentOn.VIEW ? "" : o.object(),
          o.on() == Op.CommentOn.COLUMN ? o.column() : o.object(),
          "comment on " + target + (o.comment() == null ? " removed" : ": " + o.comment()));
    }
    return of("other", "", "", op.describe());
  }

  private String change(Op.AlterColumn op) {
    ColumnChange change = op.change();
    String oldTable = oldTables.getOrDefault(op.table(), op.table());
    String oldColumn = oldColumns.getOrDefault(op.table() + "." + op.column(), op.column());
    Optional<Column> before = column(current, oldTable, oldColumn);
    if (change.newName() != null) {
      oldColumns.put(op.table() + "." + change.newName(), oldColumn);
    }
    Optional<Column> after = column(desired, op.table(), change.newName() == null ? op.column() : change.newName());
    List<String> parts = new ArrayList<>();
    if (change.newName() != null) {
      parts.add("renamed to " + change.newName());
    }
    if (change.type() != null) {
      String from = before.map(c -> c.type().reported()).orElse("?");
      String to = after.map(c -> c.type().reported()).orElse(typeText(change.type()));
      parts.add(from + " → " + to);
    }
    if (change.nullable() != null) {
      parts.add(change.nullable() ? "NOT NULL → NULL" : "NULL → NOT NULL");
    }
    if (change.dropsDefault()) {
      parts.add("default " + before.map(Column::defaultExpression).orElse("?") + " dropped");
    } else if (change.defaultSql() != null) {
      String old = before.map(Column::defaultExpression).orElse(null);
      parts.add("default " + (old == null ? "none" : old) + " → " + change.defaultSql());
    }
    return parts.isEmpty() ? "changed" : String.join(", ", parts);
  }

  private static String typeText(Type type) {
    if (type.raw() || type.length() <= 0) {
      return type.name().toLowerCase(java.util.Locale.ROOT);
    }
    return type.name().toLowerCase(java.util.Locale.ROOT) + "(" + type.length()
        + (type.scale() > 0 ? ", " + type.scale() : "") + ")";
  }

  private static Optional<Column> column(SchemaSnapshot snapshot, String table, String column) {
    for (Schema schema : snapshot.schemas()) {
      Optional<Table> found = schema.table(table);
      if (found.isPresent()) {
        return found.get().column(column);
      }
    }
    return Optional.empty();
  }

  private static Difference of(String kind, String table, String name, String description) {
    return new Difference(kind, table, name, description, List.of());
  }
}
