package dev.retort.autogen.diff;

import dev.retort.migration.Type;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Set;

/**
 * Turns schema model elements into the retort-migration-api values that {@code ops} records carry. Types
 * pass through as the database reported them ({@link Type#of(String)}), so the database parses the
 * same spelling it printed; defaults likewise.
 */
final class ModelConverter {
  /**
   * Schemas whose tables are written without a schema prefix: PostgreSQL's {@code public}, and the
   * connection's own database, which SQLite and MySQL report as {@code main}.
   */
  private static final Set<String> DEFAULT_SCHEMAS = Set.of("public", "main");

  private ModelConverter() {}

  /** {@code table}, or {@code schema.table} outside the default schema. */
  static String qualified(String schema, String table) {
    return DEFAULT_SCHEMAS.contains(schema) ? table : schema + "." + table;
  }

  static Type type(Column column) {
    return Type.of(column.type().reported());
  }

  /**
   * A column; {@code inlinePrimaryKey} marks it as the table's single-column key. A folded serial
   * column ({@link SerialColumns}) is written as {@code serial}, without its {@code nextval} default.
   */
  static dev.retort.migration.Column column(Column column, boolean inlinePrimaryKey) {
    dev.retort.migration.Column c = dev.retort.migration.Column.of(column.name(), type(column));
    if (inlinePrimaryKey) {
      c = c.primaryKey();
    }
    String dflt = SerialColumns.isSerial(column.type()) ? null : column.defaultExpression();
    return c.nullable(column.nullable()).defaultSql(dflt).identity(identity(column.identity()))
        .generated(column.generated() == null ? null
            : new dev.retort.migration.Generated(column.generated().expression(), column.generated().stored()));
  }

  /** The identity to write: SQLite's AUTOINCREMENT is written as by default, which SQLite renders as AUTOINCREMENT. */
  static dev.retort.migration.Identity identity(Identity identity) {
    switch (identity) {
      case ALWAYS:
        return dev.retort.migration.Identity.always();
      case BY_DEFAULT:
      case AUTOINCREMENT:
        return dev.retort.migration.Identity.byDefault();
      default:
        return null;
    }
  }

  /** A whole table with its key, unique constraints, checks and the foreign keys given. */
  static dev.retort.migration.Table table(String schema, Table table, List<ForeignKey> foreignKeys) {
    PrimaryKey pk = table.primaryKey();
    boolean inline = pk != null && pk.columns().size() == 1;
    dev.retort.migration.Table t = dev.retort.migration.Table.named(qualified(schema, table.name()));
    for (Column c : table.columns()) {
      t = t.column(column(c, inline && pk.columns().get(0).equals(c.name())));
    }
    if (pk != null && !inline) {
      t = t.primaryKey(pk.columns().toArray(String[]::new));
    }
    for (UniqueConstraint u : table.uniqueConstraints()) {
      t = t.unique(unique(u));
    }
    for (CheckConstraint c : table.checks()) {
      t = t.check(check(c));
    }
    for (ForeignKey f : foreignKeys) {
      t = t.foreignKey(foreignKey(f));
    }
    return t;
  }

  static dev.retort.migration.UniqueConstraint unique(UniqueConstraint u) {
    return new dev.retort.migration.UniqueConstraint(u.name(), u.columns(), false, u.deferrable(), u.initiallyDeferred());
  }

  static dev.retort.migration.CheckConstraint check(CheckConstraint c) {
    return new dev.retort.migration.CheckConstraint(c.name(), c.expression(), false);
  }

  static dev.retort.migration.ForeignKey foreignKey(ForeignKey f) {
    String referenced = qualified(f.referencedSchema(), f.referencedTable());
    return new dev.retort.migration.ForeignKey(f.name(), f.columns(), referenced, f.referencedColumns(), action(f.onDelete()),
        false, action(f.onUpdate()), f.deferrable(), f.initiallyDeferred());
  }

  private static String action(ReferentialAction action) {
    return action == ReferentialAction.NO_ACTION ? null : action.sql();
  }

  static dev.retort.migration.Index index(String schema, String table, Index index) {
    List<String> keys = index.columns().stream().map(ModelConverter::indexKey).toList();
    return new dev.retort.migration.Index(qualified(schema, table), keys, index.name(), index.unique(), index.predicate(),
        false, false, index.method().equals("btree") ? null : index.method());
  }

  private static String indexKey(IndexColumn key) {
    if (key.column() != null) {
      return key.text();
    }
    String expression = key.expression().strip();
    // as the database printed it when the compiler accepts it (it takes anything with parentheses)
    String wrapped = expression.contains("(") ? expression : "(" + expression + ")";
    return wrapped + (key.descending() ? " DESC" : "");
  }
}
