package dev.retort.autogen.diff;

import dev.retort.migration.ColumnChange;
import dev.retort.ops.Op;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Applies the rename hints of {@link DiffOptions}: records the rename operations and returns the
 * current schema as it reads after them (names changed in columns, keys, indexes and the foreign
 * keys that point at them), so the rest of the diff compares like with like. A hint whose old name
 * is missing, or whose new name is taken already, is left out with a warning.
 */
final class Renames {
  private Renames() {}

  /** The current schema after the renames that apply to it; the ops go to {@code plan}. */
  static Schema apply(Schema current, Schema desired, DiffOptions options, DiffPlan plan) {
    Schema renamed = current;
    for (Table t : current.tables()) {
      String to = options.newTableName(t.name());
      if (to == null) {
        continue;
      }
      if (desired.table(to).isEmpty() || current.table(to).isPresent()) {
        plan.warnings.add("rename hint " + t.name() + " -> " + to + " ignored: " + to
            + (current.table(to).isPresent() ? " exists already" : " is not in the desired schema"));
        continue;
      }
      plan.renames.add(new Op.RenameTable(ModelConverter.qualified(current.name(), t.name()),
          ModelConverter.qualified(current.name(), to)));
      renamed = renameTable(renamed, t.name(), to);
    }
    for (Table wanted : desired.tables()) {
      for (Column c : wanted.columns()) {
        String from = options.oldColumnName(wanted.name(), c.name());
        if (from == null) {
          continue;
        }
        Table have = renamed.table(wanted.name()).orElse(null);
        if (have == null || have.column(from).isEmpty() || have.column(c.name()).isPresent()) {
          continue;
        }
        plan.renames.add(new Op.AlterColumn(ModelConverter.qualified(current.name(), have.name()), from,
            ColumnChange.change().renameTo(c.name())));
        renamed = renameColumn(renamed, have.name(), from, c.name());
      }
    }
    return renamed;
  }

  private static Schema renameTable(Schema schema, String from, String to) {
    return map(schema, t -> rebuild(t, t.name().equals(from) ? to : t.name(), UnaryOperator.identity(),
        f -> f.referencedSchema().equals(schema.name()) && f.referencedTable().equals(from)
            ? new ForeignKey(f.name(), f.columns(), f.referencedSchema(), to, f.referencedColumns(), f.onDelete(),
                f.onUpdate(), f.deferrable(), f.initiallyDeferred())
            : f));
  }

  private static Schema renameColumn(Schema schema, String table, String from, String to) {
    UnaryOperator<String> name = n -> n.equals(from) ? to : n;
    return map(schema, t -> rebuild(t, t.name(), t.name().equals(table) ? name : UnaryOperator.identity(), f -> {
      boolean pointsHere = f.referencedSchema().equals(schema.name()) && f.referencedTable().equals(table);
      return pointsHere ? new ForeignKey(f.name(), f.columns(), f.referencedSchema(), f.referencedTable(),
          f.referencedColumns().stream().map(name).toList(), f.onDelete(), f.onUpdate(), f.deferrable(),
          f.initiallyDeferred()) : f;
    }));
  }

  private static Schema map(Schema schema, UnaryOperator<Table> change) {
    return new Schema(schema.name(), schema.tables().stream().map(change).toList(), schema.views(),
        schema.sequences(), schema.enumTypes());
  }

  /** The table under another name, its column names mapped, each foreign key passed through {@code fk}. */
  private static Table rebuild(Table t, String name, UnaryOperator<String> column, UnaryOperator<ForeignKey> fk) {
    List<Column> columns = new ArrayList<>();
    for (Column c : t.columns()) {
      columns.add(new Column(column.apply(c.name()), c.type(), c.nullable(), c.defaultExpression(), c.identity(),
          c.generated(), c.comment()));
    }
    PrimaryKey pk = t.primaryKey() == null ? null
        : new PrimaryKey(t.primaryKey().name(), t.primaryKey().columns().stream().map(column).toList());
    List<UniqueConstraint> uniques = t.uniqueConstraints().stream().map(u -> new UniqueConstraint(u.name(),
        u.columns().stream().map(column).toList(), u.deferrable(), u.initiallyDeferred())).toList();
    List<Index> indexes = t.indexes().stream().map(i -> new Index(i.name(), i.unique(), i.columns().stream()
        .map(k -> k.column() == null ? k : new IndexColumn(column.apply(k.column()), null, k.descending())).toList(),
        i.predicate(), i.method())).toList();
    List<ForeignKey> fks = t.foreignKeys().stream().map(f -> new ForeignKey(f.name(),
        f.columns().stream().map(column).toList(), f.referencedSchema(), f.referencedTable(), f.referencedColumns(),
        f.onDelete(), f.onUpdate(), f.deferrable(), f.initiallyDeferred())).map(fk).toList();
    return new Table(name, columns, pk, uniques, indexes, fks, t.checks(), t.comment());
  }
}
