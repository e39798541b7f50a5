package dev.retort.dialect;

import dev.retort.migration.CheckConstraint;
import dev.retort.migration.Column;
import dev.retort.migration.ForeignKey;
import dev.retort.migration.Identity;
import dev.retort.migration.Index;
import dev.retort.migration.Table;
import dev.retort.migration.Type;
import dev.retort.migration.UniqueConstraint;
import dev.retort.ops.Op;
import dev.retort.ops.OpVisitor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL both dialects share: table, column and constraint definitions, indexes, inserts and
 * literals. A dialect supplies type names and the operations it renders its own way.
 */
public abstract class DdlWriter implements DdlCompiler, OpVisitor<List<CompiledStatement>> {
  private static final Pattern REFERENCE = Pattern.compile("\\s*([A-Za-z0-9_.]+)\\s*\\(\\s*([A-Za-z0-9_]+)\\s*\\)\\s*");
  private static final Set<String> ACTIONS = Set.of("CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT", "NO ACTION");

  @Override
  public final List<CompiledStatement> compile(Op op, SchemaLookup schema) {
    return op.accept(bind(schema));
  }

  /** This compiler, reading the schema through {@code schema} where it needs to. */
  protected abstract DdlWriter bind(SchemaLookup schema);

  /**
   * A column, index or constraint name checked ({@link Identifiers#name}) and written as this
   * dialect needs it; MySQL quotes its reserved words.
   */
  protected String name(String kind, String name) {
    return Identifiers.name(kind, name);
  }

  /** A table name, optionally {@code schema.table}, checked and written as this dialect needs it. */
  protected String table(String name) {
    return Identifiers.table(name);
  }

  /** Column names, each checked and written as {@link #name} writes it. */
  protected List<String> columns(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      out.add(name("column", n));
    }
    return out;
  }

  /** The dialect's name for a type. */
  public abstract String type(Type type);

  /** The literal for a boolean. */
  protected abstract String booleanLiteral(boolean value);

  /** The literal for bytes. */
  protected abstract String bytesLiteral(byte[] value);

  /** A value as the driver should bind it. */
  protected Object bindable(Object value) {
    return value;
  }

  @Override
  public String literal(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof Boolean b) {
      return booleanLiteral(b);
    }
    if (value instanceof java.math.BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Number n && !(value instanceof Double d && (d.isNaN() || d.isInfinite()))) {
      return n.toString();
    }
    if (value instanceof byte[] bytes) {
      return bytesLiteral(bytes);
    }
    return "'" + value.toString().replace("'", "''") + "'";
  }

  /** A column definition; constraint names follow PostgreSQL's defaults ({@code t_c_key}, {@code t_c_fkey}). */
  public String columnDefinition(String table, Column column, boolean inlinePrimaryKey) {
    StringBuilder sql = new StringBuilder(name("column", column.name())).append(' ').append(type(column.type()));
    if (column.generated() != null) {
      sql.append(generatedClause(column));
    }
    if (column.identity() != null) {
      sql.append(identityClause(column, inlinePrimaryKey));
    }
    if (column.defaultSql() != null) {
      sql.append(" DEFAULT ").append(column.defaultSql());
    }
    if (!column.nullable()) {
      sql.append(" NOT NULL");
    }
    if (inlinePrimaryKey) {
      sql.append(" PRIMARY KEY").append(primaryKeySuffix(column));
    }
    String base = TableNames.table(table) + "_" + column.name();
    if (column.isUnique()) {
      sql.append(" CONSTRAINT ").append(base).append("_key UNIQUE");
    }
    if (column.references() != null) {
      Matcher m = REFERENCE.matcher(column.references());
      if (!m.matches()) {
        throw new IllegalIdentifierException("reference", column.references(), "expected table(column)");
      }
      sql.append(" CONSTRAINT ").append(base).append("_fkey REFERENCES ").append(table(m.group(1)))
          .append(" (").append(name("column", m.group(2))).append(')');
    }
    return sql.toString();
  }

  /** {@code  GENERATED ALWAYS AS (expression) STORED}; SQLite overrides it to allow {@code VIRTUAL}. */
  protected String generatedClause(Column column) {
    if (!column.generated().stored()) {
      throw new UnrenderableOperationException("column " + column.name(), "this database stores every generated column",
          "use Column.generatedAs(expression), which is STORED");
    }
    return " GENERATED ALWAYS AS (" + column.generated().expression() + ") STORED";
  }

  /** {@code  GENERATED ALWAYS|BY DEFAULT AS IDENTITY [(START WITH n INCREMENT BY m)]}; SQLite overrides it. */
  protected String identityClause(Column column, boolean inlinePrimaryKey) {
    return " " + identity(column.identity());
  }

  /** What follows {@code PRIMARY KEY} in a column definition (SQLite: {@code AUTOINCREMENT}); none by default. */
  protected String primaryKeySuffix(Column column) {
    return "";
  }

  /** {@code GENERATED ALWAYS|BY DEFAULT AS IDENTITY [(START WITH n INCREMENT BY m)]}. */
  public static String identity(Identity identity) {
    StringBuilder sql = new StringBuilder("GENERATED ").append(identity.isAlways() ? "ALWAYS" : "BY DEFAULT")
        .append(" AS IDENTITY");
    List<String> options = new ArrayList<>();
    if (identity.start() != null) {
      options.add("START WITH " + identity.start());
    }
    if (identity.increment() != null) {
      options.add("INCREMENT BY " + identity.increment());
    }
    if (!options.isEmpty()) {
      sql.append(" (").append(String.join(" ", options)).append(')');
    }
    return sql.toString();
  }

  /** The column and table-constraint lines of a CREATE TABLE. */
  public List<String> tableElements(Table table) {
    Set<String> pk = new LinkedHashSet<>(table.primaryKey());
    table.columns().stream().filter(Column::isPrimaryKey).forEach(c -> pk.add(c.name()));
    boolean inline = pk.size() == 1 && table.primaryKey().isEmpty();
    List<String> lines = new ArrayList<>();
    for (Column c : table.columns()) {
      lines.add(columnDefinition(table.name(), c, inline && c.isPrimaryKey()));
    }
    if (!pk.isEmpty() && !inline) {
      lines.add("PRIMARY KEY (" + String.join(", ", columns(new ArrayList<>(pk))) + ")");
    }
    table.uniques().forEach(u -> lines.add(unique(u)));
    table.checks().forEach(c -> lines.add(check(c)));
    table.foreignKeys().forEach(f -> lines.add(foreignKey(f)));
    return lines;
  }

  public String unique(UniqueConstraint u) {
    return constraintName(u.name()) + "UNIQUE (" + String.join(", ", columns(u.columns())) + ")"
        + deferrable(u.isDeferrable(), u.isInitiallyDeferred());
  }

  /** {@code  DEFERRABLE [INITIALLY DEFERRED]}, or nothing for a constraint checked immediately. */
  protected static String deferrable(boolean deferrable, boolean initiallyDeferred) {
    if (!deferrable && !initiallyDeferred) {
      return "";
    }
    return initiallyDeferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE";
  }

  public String check(CheckConstraint c) {
    return constraintName(c.name()) + "CHECK (" + c.condition() + ")";
  }

  public String foreignKey(ForeignKey f) {
    if (f.referencedTable() == null || f.columns().isEmpty() || f.columns().size() != f.referencedColumns().size()) {
      throw new UnrenderableOperationException("foreign key " + f.name(),
          "needs columns(...) and references(table, columns...) with as many referenced columns as columns",
          "ForeignKey.named(\"" + f.name() + "\").columns(\"user_id\").references(\"users\", \"id\")");
    }
    StringBuilder sql = new StringBuilder(constraintName(f.name()))
        .append("FOREIGN KEY (").append(String.join(", ", columns(f.columns())))
        .append(") REFERENCES ").append(table(f.referencedTable()))
        .append(" (").append(String.join(", ", columns(f.referencedColumns()))).append(')');
    sql.append(action(f, "ON DELETE", f.onDelete())).append(action(f, "ON UPDATE", f.onUpdate()));
    return sql.append(deferrable(f.isDeferrable(), f.isInitiallyDeferred())).toString();
  }

  /** {@code  ON DELETE|ON UPDATE action}, or nothing when {@code action} is null. */
  private static String action(ForeignKey f, String clause, String action) {
    if (action == null) {
      return "";
    }
    String normal = action.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (!ACTIONS.contains(normal)) {
      throw new UnrenderableOperationException("foreign key " + f.name(), "unknown " + clause + " action '" + action + "'",
          "use one of " + ACTIONS);
    }
    return " " + clause + " " + normal;
  }

  /** {@code CONSTRAINT name } before a constraint, or nothing for an unnamed one. */
  private String constraintName(String name) {
    return name == null ? "" : "CONSTRAINT " + name("constraint", name) + " ";
  }

  @Override
  public List<CompiledStatement> createTable(Op.CreateTable op) {
    Table t = op.table();
    return one("CREATE TABLE " + (t.onlyIfMissing() ? "IF NOT EXISTS " : "") + table(t.name())
        + " (\n    " + String.join(",\n    ", tableElements(t)) + "\n)");
  }

  @Override
  public List<CompiledStatement> dropTable(Op.DropTable op) {
    return one("DROP TABLE " + (op.ifExists() ? "IF EXISTS " : "") + table(op.table()));
  }

  @Override
  public List<CompiledStatement> renameTable(Op.RenameTable op) {
    Identifiers.table(op.to());
    return one("ALTER TABLE " + table(op.from()) + " RENAME TO " + table(TableNames.table(op.to())));
  }

  /** Keyword after INDEX for concurrent builds, where supported; empty by default. */
  protected String concurrently(Index index) {
    return "";
  }

  /** {@code USING method } before the key list, where supported; SQLite refuses any but btree. */
  protected String indexMethod(Index index) {
    return index.method() == null ? "" : "USING " + name("index method", index.method()) + " ";
  }

  @Override
  public List<CompiledStatement> createIndex(Op.CreateIndex op) {
    Index i = op.index();
    List<String> elements = i.columns().stream().map(Identifiers::indexElement).toList();
    return one("CREATE " + (i.isUnique() ? "UNIQUE " : "") + "INDEX " + concurrently(i)
        + (i.onlyIfMissing() ? "IF NOT EXISTS " : "") + name("index", i.name()) + " ON "
        + table(i.table()) + " " + indexMethod(i) + "(" + String.join(", ", elements) + ")"
        + (i.where() == null ? "" : " WHERE " + i.where()));
  }

  @Override
  public List<CompiledStatement> dropIndex(Op.DropIndex op) {
    String schema = TableNames.schema(Identifiers.table(op.table()));
    return one("DROP INDEX " + (op.ifExists() ? "IF EXISTS " : "") + (schema == null ? "" : schema + ".")
        + name("index", op.index()));
  }

  @Override
  public List<CompiledStatement> execute(Op.ExecuteSql op) {
    String sql = op.sql().strip();
    while (sql.endsWith(";")) {
      sql = sql.substring(0, sql.length() - 1).strip();
    }
    return one(sql);
  }

  @Override
  public List<CompiledStatement> bulkInsert(Op.BulkInsert op) {
    String table = table(op.table());
    List<CompiledStatement> out = new ArrayList<>();
    for (Map<String, Object> row : op.rows()) {
      List<String> columns = columns(new ArrayList<>(row.keySet()));
      List<Object> values = new ArrayList<>();
      row.values().forEach(v -> values.add(bindable(v)));
      out.add(new CompiledStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
          + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")", values));
    }
    return out;
  }

  /** How the compiled SQL names its database in messages, e.g. {@code SQLite}. */
  protected abstract String databaseName();

  @Override
  public List<CompiledStatement> createView(Op.CreateView op) {
    return one("CREATE " + (op.orReplace() ? "OR REPLACE " : "") + "VIEW " + table(op.name()) + " AS "
        + viewQuery(op.definition()));
  }

  /** A view's query without the trailing semicolon PostgreSQL's {@code pg_get_viewdef} prints. */
  protected static String viewQuery(String definition) {
    String sql = definition.strip();
    while (sql.endsWith(";")) {
      sql = sql.substring(0, sql.length() - 1).strip();
    }
    return sql;
  }

  @Override
  public List<CompiledStatement> dropView(Op.DropView op) {
    return one("DROP VIEW " + (op.ifExists() ? "IF EXISTS " : "") + table(op.name()));
  }

  @Override
  public List<CompiledStatement> createSequence(Op.CreateSequence op) {
    throw unsupported(op, "sequences", "use an INTEGER PRIMARY KEY column, which numbers rows itself");
  }

  @Override
  public List<CompiledStatement> alterSequence(Op.AlterSequence op) {
    throw unsupported(op, "sequences", "use an INTEGER PRIMARY KEY column, which numbers rows itself");
  }

  @Override
  public List<CompiledStatement> dropSequence(Op.DropSequence op) {
    throw unsupported(op, "sequences", "use an INTEGER PRIMARY KEY column, which numbers rows itself");
  }

  @Override
  public List<CompiledStatement> createEnumType(Op.CreateEnumType op) {
    throw unsupported(op, "enum types", "use a text column with a CHECK constraint: CHECK (mood IN ('sad', 'ok'))");
  }

  @Override
  public List<CompiledStatement> addEnumValue(Op.AddEnumValue op) {
    throw unsupported(op, "enum types", "use a text column with a CHECK constraint and change the constraint");
  }

  @Override
  public List<CompiledStatement> dropEnumType(Op.DropEnumType op) {
    throw unsupported(op, "enum types", "use a text column with a CHECK constraint: CHECK (mood IN ('sad', 'ok'))");
  }

  @Override
  public List<CompiledStatement> setComment(Op.SetComment op) {
    throw unsupported(op, "comments on tables, views and columns", "write the comment as an SQL comment (--) in the CREATE statement");
  }

  /** The error for an operation this database has no feature for. */
  protected UnrenderableOperationException unsupported(Op op, String feature, String hint) {
    return new UnrenderableOperationException(op.describe(), databaseName() + " has no " + feature,
        "remove the call for " + databaseName() + ", or " + hint);
  }

  /** One statement. */
  protected static List<CompiledStatement> one(String sql) {
    return List.of(CompiledStatement.of(sql));
  }
}
