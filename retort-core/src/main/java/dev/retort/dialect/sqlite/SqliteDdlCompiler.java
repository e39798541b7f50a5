package dev.retort.dialect.sqlite;

import dev.retort.dialect.CompiledStatement;
import dev.retort.dialect.DdlWriter;
import dev.retort.dialect.Identifiers;
import dev.retort.dialect.SchemaLookup;
import dev.retort.dialect.UnrenderableOperationException;
import dev.retort.migration.Column;
import dev.retort.migration.ColumnChange;
import dev.retort.migration.Index;
import dev.retort.migration.UniqueConstraint;
import dev.retort.migration.Type;
import dev.retort.ops.Op;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * SQLite's SQL for operations. What {@code ALTER TABLE} cannot do in place (alter or drop a
 * column, add or drop a constraint, add a column it refuses) runs as a {@link TableRebuild};
 * existence checks SQLite has no syntax for are answered by reading the schema first.
 */
final class SqliteDdlCompiler extends DdlWriter {
  private final SqliteSchema schema;

  SqliteDdlCompiler() {
    this(SchemaLookup.none());
  }

  private SqliteDdlCompiler(SchemaLookup lookup) {
    this.schema = new SqliteSchema(lookup);
  }

  @Override
  protected DdlWriter bind(SchemaLookup lookup) {
    return new SqliteDdlCompiler(lookup);
  }

  @Override
  public String type(Type type) {
    if (type.raw()) {
      return type.name();
    }
    return switch (type.name()) {
      case "BIGINT" -> "INTEGER";
      case "TIMESTAMPTZ", "JSON", "JSONB", "UUID" -> "TEXT";
      case "DOUBLE" -> "REAL";
      case "VARCHAR" -> "VARCHAR(" + type.length() + ")";
      case "NUMERIC" -> type.length() == 0 ? "NUMERIC" : "NUMERIC(" + type.length() + ", " + type.scale() + ")";
      default -> type.name();
    };
  }

  @Override
  protected String databaseName() {
    return "SQLite";
  }

  /** SQLite has no {@code CREATE OR REPLACE VIEW}: the view is dropped if it exists and created. */
  @Override
  public List<CompiledStatement> createView(Op.CreateView op) {
    List<CompiledStatement> out = new ArrayList<>();
    if (op.orReplace()) {
      out.addAll(dropView(new Op.DropView(op.name(), true)));
    }
    out.addAll(super.createView(new Op.CreateView(op.name(), op.definition(), false)));
    return out;
  }

  @Override
  protected String booleanLiteral(boolean value) {
    return value ? "1" : "0";
  }

  @Override
  protected String bytesLiteral(byte[] value) {
    return "X'" + HexFormat.of().formatHex(value) + "'";
  }

  @Override
  protected Object bindable(Object value) {
    if (value instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (value == null || value instanceof Number || value instanceof String || value instanceof byte[]) {
      return value;
    }
    return value.toString();
  }

  /** SQLite computes a generated column on read ({@code VIRTUAL}) or stores it. */
  @Override
  protected String generatedClause(Column column) {
    return " GENERATED ALWAYS AS (" + column.generated().expression() + ")" + (column.generated().stored() ? " STORED" : " VIRTUAL");
  }

  /** An identity is {@code AUTOINCREMENT} after {@code PRIMARY KEY}, which SQLite allows on the one integer key column only. */
  @Override
  protected String identityClause(Column column, boolean inlinePrimaryKey) {
    if (!inlinePrimaryKey) {
      throw new UnrenderableOperationException("identity column " + column.name(),
          "SQLite numbers rows itself only through an INTEGER PRIMARY KEY AUTOINCREMENT column",
          "make " + column.name() + " the table's only primary key column (Column.primaryKey()), or drop the identity");
    }
    return "";
  }

  @Override
  protected String primaryKeySuffix(Column column) {
    return column.identity() == null ? "" : " AUTOINCREMENT";
  }

  @Override
  protected String indexMethod(Index index) {
    if (index.method() == null || index.method().equalsIgnoreCase("btree")) {
      return "";
    }
    throw new UnrenderableOperationException("createIndex " + index.name(), "SQLite has no index method " + index.method(),
        "drop using(\"" + index.method() + "\") for SQLite");
  }

  @Override
  public String unique(UniqueConstraint u) {
    if (u.isDeferrable()) {
      throw new UnrenderableOperationException("unique constraint " + u.name(), "SQLite checks unique constraints at once",
          "drop deferrable() for SQLite (it defers foreign keys only)");
    }
    return super.unique(u);
  }

  @Override
  public List<CompiledStatement> addColumn(Op.AddColumn op) {
    Column c = op.column();
    if (op.ifNotExists() && schema.hasColumn(op.table(), c.name())) {
      return List.of();
    }
    String definition = columnDefinition(op.table(), c, c.isPrimaryKey());
    String dflt = c.defaultSql() == null ? "" : c.defaultSql().strip().toUpperCase(java.util.Locale.ROOT);
    boolean virtual = c.generated() != null && !c.generated().stored();
    boolean inPlace = !c.isPrimaryKey() && !c.isUnique() && (c.nullable() || c.defaultSql() != null || virtual)
        && !dflt.startsWith("(") && !dflt.startsWith("CURRENT_") && (c.generated() == null || virtual);
    if (inPlace) {
      return one("ALTER TABLE " + Identifiers.table(op.table()) + " ADD COLUMN " + definition);
    }
    TableShape before = schema.require(op.table(), op.describe());
    ColumnDefs added = ColumnDefs.of(definition);
    return rebuild(before, op.describe(), columns -> ColumnDefs.plus(columns, added.column()));
  }

  @Override
  public List<CompiledStatement> dropColumn(Op.DropColumn op) {
    String column = Identifiers.name("column", op.column());
    if (op.ifExists() && !schema.hasColumn(op.table(), column)) {
      return List.of();
    }
    TableShape before = schema.require(op.table(), op.describe());
    if (before.column(column).isEmpty()) {
      throw missingColumn(op.describe(), op.table(), column);
    }
    List<TableShape.ColumnDef> columns = new ArrayList<>();
    for (TableShape.ColumnDef c : before.columns()) {
      if (!SqlTokens.unquote(c.name()).equalsIgnoreCase(column)) {
        columns.add(new TableShape.ColumnDef(c.name(), c.type(), c.clauses().stream()
            .filter(cl -> !(cl.kind().equals("CHECK") && SqlTokens.mentions(cl.text(), column))).toList()));
      }
    }
    TableShape after = new TableShape(before.name(), columns,
        before.constraints().stream().filter(c -> !c.uses(column)).toList(), before.suffix(),
        before.indexes().stream().filter(sql -> !TableRebuild.indexUses(sql, column)).toList(), before.triggers());
    return rebuild(before, after, op.describe());
  }

  @Override
  public List<CompiledStatement> alterColumn(Op.AlterColumn op) {
    String column = Identifiers.name("column", op.column());
    ColumnChange change = op.change();
    List<CompiledStatement> out = new ArrayList<>();
    if (change.type() != null || change.nullable() != null || change.defaultSql() != null || change.dropsDefault()
        || change.identity() != null || change.dropsIdentity()) {
      TableShape before = change.identity() == null ? schema.require(op.table(), op.describe())
          : keyOnColumn(schema.require(op.table(), op.describe()), column);
      TableShape.ColumnDef old = before.column(column).orElseThrow(() -> missingColumn(op.describe(), op.table(), column));
      TableShape.ColumnDef applied = ColumnDefs.apply(old, change.type() == null ? null : type(change.type()), change);
      TableShape.ColumnDef changed = change.identity() != null || change.dropsIdentity()
          ? ColumnDefs.autoincrement(applied, change.identity() != null, op.describe()) : applied;
      out.addAll(rebuild(schema.require(op.table(), op.describe()), new TableShape(before.name(),
          ColumnDefs.replace(before.columns(), old, changed), before.constraints(), before.suffix(), before.indexes(),
          before.triggers()), op.describe()));
    }
    if (change.newName() != null) {
      out.add(CompiledStatement.of("ALTER TABLE " + Identifiers.table(op.table()) + " RENAME COLUMN " + column + " TO "
          + Identifiers.name("column", change.newName())));
    }
    return out;
  }

  @Override
  public List<CompiledStatement> createForeignKey(Op.CreateForeignKey op) {
    return addConstraint(op.table(), op.foreignKey().name(), "FOREIGN", foreignKey(op.foreignKey()),
        op.foreignKey().onlyIfMissing(), op.describe());
  }

  @Override
  public List<CompiledStatement> createUniqueConstraint(Op.CreateUniqueConstraint op) {
    return addConstraint(op.table(), op.unique().name(), "UNIQUE", unique(op.unique()), op.unique().onlyIfMissing(),
        op.describe());
  }

  @Override
  public List<CompiledStatement> createCheckConstraint(Op.CreateCheckConstraint op) {
    return addConstraint(op.table(), op.check().name(), "CHECK", check(op.check()), op.check().onlyIfMissing(),
        op.describe());
  }

  private List<CompiledStatement> addConstraint(
      String table, String name, String kind, String sql, boolean ifNotExists, String operation) {
    if (name == null && ifNotExists) {
      throw unnamedIfNotExists(operation);
    }
    TableShape before = schema.require(table, operation);
    if (name != null && before.hasConstraint(name)) {
      if (ifNotExists) {
        return List.of();
      }
      throw new UnrenderableOperationException(operation, "table " + table + " already has a constraint named " + name,
          "drop it first, or use ifNotExists()");
    }
    List<TableShape.Constraint> constraints = new ArrayList<>(before.constraints());
    constraints.add(new TableShape.Constraint(name, kind, sql));
    return rebuild(before, new TableShape(before.name(), before.columns(), constraints, before.suffix(),
        before.indexes(), before.triggers()), operation);
  }

  @Override
  public List<CompiledStatement> dropConstraint(Op.DropConstraint op) {
    String name = Identifiers.name("constraint", op.constraint());
    TableShape before = op.ifExists() ? schema.table(op.table()).orElse(null) : schema.require(op.table(), op.describe());
    if (before == null || !before.hasConstraint(name)) {
      if (op.ifExists()) {
        return List.of();
      }
      throw new UnrenderableOperationException(op.describe(), "table " + op.table() + " has no constraint named " + name,
          "check the name (SQLite keeps only constraints created with a name), or use dropConstraintIfExists");
    }
    List<TableShape.ColumnDef> columns = before.columns().stream()
        .map(c -> new TableShape.ColumnDef(c.name(), c.type(),
            c.clauses().stream().filter(cl -> !name.equalsIgnoreCase(cl.name())).toList()))
        .toList();
    return rebuild(before, new TableShape(before.name(), columns,
        before.constraints().stream().filter(c -> !name.equalsIgnoreCase(c.name())).toList(), before.suffix(),
        before.indexes(), before.triggers()), op.describe());
  }

  @Override
  public List<CompiledStatement> createPrimaryKey(Op.CreatePrimaryKey op) {
    TableShape before = schema.require(op.table(), op.describe());
    TableShape without = withoutPrimaryKey(before);
    List<TableShape.Constraint> constraints = new ArrayList<>(without.constraints());
    String prefix = op.name() == null ? "" : "CONSTRAINT " + Identifiers.name("constraint", op.name()) + " ";
    constraints.add(0, new TableShape.Constraint(op.name(), "PRIMARY",
        prefix + "PRIMARY KEY (" + String.join(", ", Identifiers.columns(op.columns())) + ")"));
    return rebuild(before, new TableShape(before.name(), without.columns(), constraints, before.suffix(),
        before.indexes(), before.triggers()), op.describe());
  }

  @Override
  public List<CompiledStatement> dropPrimaryKey(Op.DropPrimaryKey op) {
    TableShape before = schema.require(op.table(), op.describe());
    return rebuild(before, withoutPrimaryKey(before), op.describe());
  }

  /**
   * The shape with a table-level {@code PRIMARY KEY (column)} on just this column written as the
   * column's clause instead, where {@code AUTOINCREMENT} can go; otherwise the shape as it is.
   */
  private static TableShape keyOnColumn(TableShape shape, String column) {
    for (TableShape.Constraint c : shape.constraints()) {
      if (!c.kind().equals("PRIMARY")) {
        continue;
      }
      String group = SqlTokens.tokenize(c.sql()).stream().filter(t -> t.startsWith("(")).findFirst().orElse("()");
      List<String> keys = SqlTokens.names(group);
      if (keys.size() != 1 || !keys.get(0).equalsIgnoreCase(column)) {
        return shape;
      }
      List<TableShape.ColumnDef> columns = shape.columns().stream()
          .map(d -> !SqlTokens.unquote(d.name()).equalsIgnoreCase(column) ? d
              : new TableShape.ColumnDef(d.name(), d.type(), plus(d.clauses(),
                  new TableShape.Clause(c.name(), "PRIMARY", "PRIMARY KEY"))))
          .toList();
      return new TableShape(shape.name(), columns, shape.constraints().stream().filter(k -> k != c).toList(),
          shape.suffix(), shape.indexes(), shape.triggers());
    }
    return shape;
  }

  private static List<TableShape.Clause> plus(List<TableShape.Clause> clauses, TableShape.Clause clause) {
    List<TableShape.Clause> out = new ArrayList<>(clauses);
    out.add(clause);
    return out;
  }

  /** The shape without its primary key, whether a column clause or a table constraint. */
  private static TableShape withoutPrimaryKey(TableShape shape) {
    List<TableShape.ColumnDef> columns = shape.columns().stream()
        .map(c -> new TableShape.ColumnDef(c.name(), c.type(),
            c.clauses().stream().filter(cl -> !cl.kind().equals("PRIMARY")).toList()))
        .toList();
    return new TableShape(shape.name(), columns,
        shape.constraints().stream().filter(c -> !c.kind().equals("PRIMARY")).toList(), shape.suffix(),
        shape.indexes(), shape.triggers());
  }

  private List<CompiledStatement> rebuild(
      TableShape before, String operation, UnaryOperator<List<TableShape.ColumnDef>> edit) {
    return rebuild(before, new TableShape(before.name(), edit.apply(before.columns()),
        before.constraints(), before.suffix(), before.indexes(), before.triggers()), operation);
  }

  /**
   * The rebuild. With foreign keys enforced, dropping a referenced table would run the children's
   * ON DELETE actions (and fail deferred checks at commit); {@code PRAGMA foreign_keys = OFF} works
   * only outside a transaction, so inside one the operation is refused.
   */
  private List<CompiledStatement> rebuild(TableShape before, TableShape after, String operation) {
    boolean enforced = schema.enforcedParent(before.name());
    if (enforced && schema.inTransaction()) {
      throw new UnrenderableOperationException(operation, "SQLite must rebuild table " + before.name()
          + ", which other tables reference, and foreign keys are enforced on this connection:"
          + " dropping the old table would run their ON DELETE actions, and SQLite ignores PRAGMA foreign_keys"
          + " inside a transaction",
          "run this revision with foreign key enforcement off (no foreign_keys=true in the URL),"
          + " or make it non-transactional (transactional = false) so Retort can turn enforcement off around the rebuild");
    }
    return TableRebuild.statements(before, after, enforced);
  }

  /** ifNotExists() looks the constraint up by its name, so an unnamed one cannot use it. */
  private static UnrenderableOperationException unnamedIfNotExists(String operation) {
    return new UnrenderableOperationException(operation, "an unnamed constraint cannot be added only if missing",
        "give the constraint a name, or drop ifNotExists()");
  }

  private static UnrenderableOperationException missingColumn(String operation, String table, String column) {
    return new UnrenderableOperationException(operation, "table " + table + " has no column " + column,
        "check the column name (pragma table_info lists them)");
  }
}
