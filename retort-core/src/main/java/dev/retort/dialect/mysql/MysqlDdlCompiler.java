package dev.retort.dialect.mysql;

import dev.retort.dialect.CompiledStatement;
import dev.retort.dialect.DdlWriter;
import dev.retort.dialect.Identifiers;
import dev.retort.dialect.SchemaLookup;
import dev.retort.dialect.UnrenderableOperationException;
import dev.retort.migration.Column;
import dev.retort.migration.ColumnChange;
import dev.retort.migration.ForeignKey;
import dev.retort.migration.Index;
import dev.retort.migration.Table;
import dev.retort.migration.Type;
import dev.retort.migration.UniqueConstraint;
import dev.retort.ops.Op;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * MySQL 8 and MariaDB 10.11 SQL for operations. A column change restates the whole column
 * ({@code MODIFY}/{@code CHANGE COLUMN}) from what the schema lookup says it holds; the idempotent
 * forms, which MySQL lacks for columns, indexes and constraints, are answered by reading the schema
 * first; a named constraint is dropped as its kind needs ({@code DROP FOREIGN KEY}, {@code DROP
 * INDEX}, {@code DROP CONSTRAINT}). Names are written as they are, in backticks where they are
 * reserved words; string literals escape backslashes, as MySQL's default SQL mode reads them.
 */
final class MysqlDdlCompiler extends DdlWriter {
  private static final Pattern PREFIX_KEY = Pattern.compile("(?i)\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\(\\s*(\\d+)\\s*\\)(\\s+(ASC|DESC))?\\s*");

  private static final Pattern NOW = Pattern.compile("(?i)current_timestamp(\\(\\))?|now\\(\\)|localtimestamp");

  private final MysqlSchema schema;

  MysqlDdlCompiler() {
    this(SchemaLookup.none());
  }

  private MysqlDdlCompiler(SchemaLookup lookup) {
    this.schema = new MysqlSchema(lookup);
  }

  @Override
  protected DdlWriter bind(SchemaLookup lookup) {
    return new MysqlDdlCompiler(lookup);
  }

  @Override
  protected String name(String kind, String name) {
    return MysqlNames.name(kind, name);
  }

  @Override
  protected String table(String name) {
    return MysqlNames.table(name);
  }

  /**
   * The portable types in MySQL: {@code TEXT} and {@code BLOB} as their unbounded forms ({@code
   * LONGTEXT}, {@code LONGBLOB}), {@code TIMESTAMP} as {@code DATETIME(6)} and {@code TIMESTAMPTZ} as
   * {@code TIMESTAMP(6)} (stored in UTC), {@code UUID} as {@code CHAR(36)}, {@code JSONB} as {@code JSON}.
   */
  @Override
  public String type(Type type) {
    if (type.raw()) {
      return type.name();
    }
    return switch (type.name()) {
      case "INTEGER" -> "INT";
      case "TEXT" -> "LONGTEXT";
      case "BLOB" -> "LONGBLOB";
      case "TIMESTAMP" -> "DATETIME(6)";
      case "TIMESTAMPTZ" -> "TIMESTAMP(6)";
      case "UUID" -> "CHAR(36)";
      case "JSONB" -> "JSON";
      case "VARCHAR" -> "VARCHAR(" + type.length() + ")";
      case "NUMERIC" -> type.length() == 0 ? "DECIMAL(65, 30)" : "DECIMAL(" + type.length() + ", " + type.scale() + ")";
      default -> type.name();
    };
  }

  @Override
  protected String databaseName() {
    return "MySQL";
  }

  @Override
  public String literal(Object value) {
    if (value == null || value instanceof Boolean || value instanceof Number || value instanceof byte[]) {
      return super.literal(value);
    }
    return MysqlText.quote(value.toString());
  }

  @Override
  protected String booleanLiteral(boolean value) {
    return value ? "TRUE" : "FALSE";
  }

  @Override
  protected String bytesLiteral(byte[] value) {
    return "X'" + HexFormat.of().formatHex(value) + "'";
  }

  /** MySQL computes a generated column on read ({@code VIRTUAL}) or stores it. */
  @Override
  protected String generatedClause(Column column) {
    return " GENERATED ALWAYS AS (" + column.generated().expression() + ")" + (column.generated().stored() ? " STORED" : " VIRTUAL");
  }

  /** {@code AUTO_INCREMENT}: values may also be given (MySQL has no ALWAYS), the step is the server's. */
  @Override
  protected String identityClause(Column column, boolean inlinePrimaryKey) {
    Long increment = column.identity().increment();
    if (increment != null && increment != 1) {
      throw new UnrenderableOperationException("identity column " + column.name(),
          "MySQL numbers AUTO_INCREMENT columns in steps the server sets (auto_increment_increment), not per column",
          "drop incrementBy(" + increment + ") for MySQL");
    }
    return "";
  }

  /**
   * A column definition: MySQL has no named constraints inline, so a column's own unique
   * constraint and foreign key are table elements ({@link #tableElements}, {@link #addColumn}).
   */
  @Override
  public String columnDefinition(String table, Column column, boolean inlinePrimaryKey) {
    StringBuilder sql = new StringBuilder(name("column", column.name())).append(' ').append(type(column.type()));
    if (column.generated() != null) {
      sql.append(generatedClause(column));
    }
    if (!column.nullable()) {
      sql.append(" NOT NULL");
    }
    if (column.defaultSql() != null) {
      sql.append(" DEFAULT ").append(defaultFor(column.type(), column.defaultSql()));
    }
    if (column.identity() != null) {
      sql.append(identityClause(column, inlinePrimaryKey)).append(" AUTO_INCREMENT");
    }
    if (inlinePrimaryKey) {
      sql.append(" PRIMARY KEY");
    }
    return sql.toString();
  }

  /**
   * The default as written, except that the current time for a portable {@code TIMESTAMP} or {@code
   * TIMESTAMPTZ}, which MySQL keeps to the microsecond, is {@code CURRENT_TIMESTAMP(6)}: MySQL wants
   * the default's precision to be the column's.
   */
  private static String defaultFor(Type type, String sql) {
    boolean portableTime = !type.raw() && (type.name().equals("TIMESTAMP") || type.name().equals("TIMESTAMPTZ"));
    return portableTime && NOW.matcher(sql.strip()).matches() ? "CURRENT_TIMESTAMP(6)" : sql;
  }

  @Override
  public List<String> tableElements(Table table) {
    List<String> lines = new ArrayList<>(super.tableElements(table));
    for (Column c : table.columns()) {
      lines.addAll(columnConstraints(table.name(), c));
    }
    return lines;
  }

  /** A column's own unique constraint and foreign key, named as PostgreSQL names them ({@code t_c_key}, {@code t_c_fkey}). */
  private List<String> columnConstraints(String table, Column column) {
    List<String> out = new ArrayList<>();
    String base = dev.retort.dialect.TableNames.table(table) + "_" + column.name();
    if (column.isUnique()) {
      out.add("CONSTRAINT " + name("constraint", base + "_key") + " UNIQUE (" + name("column", column.name()) + ")");
    }
    if (column.references() != null) {
      int open = column.references().indexOf('(');
      int close = column.references().lastIndexOf(')');
      if (open < 0 || close < open) {
        throw new UnrenderableOperationException("column " + column.name(), "reference '" + column.references()
            + "' is not table(column)", "Column.of(...).references(\"users\", \"id\")");
      }
      out.add(foreignKey(ForeignKey.named(base + "_fkey").columns(column.name())
          .references(column.references().substring(0, open).strip(), column.references().substring(open + 1, close).strip())));
    }
    return out;
  }

  @Override
  public String unique(UniqueConstraint u) {
    if (u.isDeferrable()) {
      throw new UnrenderableOperationException("unique constraint " + u.name(), "MySQL checks unique constraints at once",
          "drop deferrable() for MySQL");
    }
    return super.unique(u);
  }

  @Override
  public String foreignKey(ForeignKey f) {
    if (f.isDeferrable()) {
      throw new UnrenderableOperationException("foreign key " + f.name(), "MySQL checks foreign keys at once",
          "drop deferrable() and initiallyDeferred() for MySQL");
    }
    for (String action : new String[] {f.onDelete(), f.onUpdate()}) {
      if (action != null && action.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").equals("SET DEFAULT")) {
        throw new UnrenderableOperationException("foreign key " + f.name(), "InnoDB has no SET DEFAULT action",
            "use SET NULL, CASCADE, RESTRICT or no action for MySQL");
      }
    }
    return super.foreignKey(f);
  }

  @Override
  public List<CompiledStatement> createTable(Op.CreateTable op) {
    Table t = op.table();
    String start = "";
    for (Column c : t.columns()) {
      if (c.identity() != null && c.identity().start() != null) {
        start = " AUTO_INCREMENT = " + c.identity().start();
      }
    }
    return one("CREATE TABLE " + (t.onlyIfMissing() ? "IF NOT EXISTS " : "") + table(t.name())
        + " (\n    " + String.join(",\n    ", tableElements(t)) + "\n)" + start);
  }

  @Override
  public List<CompiledStatement> addColumn(Op.AddColumn op) {
    Column c = op.column();
    if (op.ifNotExists() && schema.hasColumn(op.table(), c.name())) {
      return List.of();
    }
    StringBuilder sql = new StringBuilder("ALTER TABLE " + table(op.table()) + " ADD COLUMN "
        + columnDefinition(op.table(), c, c.isPrimaryKey()));
    for (String constraint : columnConstraints(op.table(), c)) {
      sql.append(", ADD ").append(constraint);
    }
    List<CompiledStatement> out = new ArrayList<>(one(sql.toString()));
    if (c.identity() != null && c.identity().start() != null) {
      out.add(CompiledStatement.of("ALTER TABLE " + table(op.table()) + " AUTO_INCREMENT = " + c.identity().start()));
    }
    return out;
  }

  @Override
  public List<CompiledStatement> dropColumn(Op.DropColumn op) {
    String column = name("column", op.column());
    if (op.ifExists() && !schema.hasColumn(op.table(), op.column())) {
      return List.of();
    }
    return one("ALTER TABLE " + table(op.table()) + " DROP COLUMN " + column);
  }

  @Override
  public List<CompiledStatement> alterColumn(Op.AlterColumn op) {
    ColumnChange change = op.change();
    if (change.serial() != null || change.dropsSequence() != null) {
      throw unsupported(op, "serial columns", "make the column AUTO_INCREMENT with addIdentity(Identity.byDefault())");
    }
    String column = name("column", op.column());
    boolean restates = change.type() != null || change.nullable() != null || change.defaultSql() != null
        || change.dropsDefault() || change.identity() != null || change.dropsIdentity();
    if (!restates) {
      return change.newName() == null ? List.of() : one("ALTER TABLE " + table(op.table()) + " RENAME COLUMN " + column
          + " TO " + name("column", change.newName()));
    }
    if (change.identity() != null) {
      identityClause(Column.of(op.column(), Type.INTEGER).identity(change.identity()), false);
    }
    MysqlSchema.ColumnFacts now = schema.column(op.table(), op.column(), op.describe());
    String definition = ColumnRestatement.definition(now, change.type() == null ? null : type(change.type()), change,
        now.comment(), op.describe());
    String head = change.newName() == null ? "MODIFY COLUMN " + column
        : "CHANGE COLUMN " + column + " " + name("column", change.newName());
    return one("ALTER TABLE " + table(op.table()) + " " + head + " " + definition);
  }

  /** MySQL builds an index without blocking writes when asked: {@code concurrently()} asks, and fails where it cannot. */
  @Override
  public List<CompiledStatement> createIndex(Op.CreateIndex op) {
    Index i = op.index();
    if (i.where() != null) {
      throw unsupported(op, "partial indexes (CREATE INDEX ... WHERE)", "index the whole table, or a generated column");
    }
    if (i.onlyIfMissing() && schema.hasIndex(i.table(), i.name())) {
      return List.of();
    }
    String method = i.method() == null ? "btree" : i.method().strip().toLowerCase(Locale.ROOT);
    String kind = switch (method) {
      case "fulltext" -> "FULLTEXT ";
      case "spatial" -> "SPATIAL ";
      case "btree", "hash" -> i.isUnique() ? "UNIQUE " : "";
      default -> throw unsupported(op, "index method " + i.method(), "use btree, hash, fulltext or spatial");
    };
    List<String> keys = new ArrayList<>();
    i.columns().forEach(k -> keys.add(key(k)));
    return one("CREATE " + kind + "INDEX " + name("index", i.name()) + " ON " + table(i.table()) + " ("
        + String.join(", ", keys) + ")" + (method.equals("hash") ? " USING HASH" : "")
        + (i.isConcurrent() ? " ALGORITHM = INPLACE LOCK = NONE" : ""));
  }

  /** A key: a column (ASC/DESC), a column prefix {@code name(10)}, or an expression, which MySQL wants in parentheses. */
  private String key(String element) {
    String text = Identifiers.indexElement(element).strip();
    java.util.regex.Matcher prefix = PREFIX_KEY.matcher(text);
    if (prefix.matches()) {
      return name("column", prefix.group(1)) + "(" + prefix.group(2) + ")" + (prefix.group(3) == null ? "" : prefix.group(3));
    }
    if (text.startsWith("(")) {
      return text;
    }
    if (text.contains("(")) {
      return "(" + text + ")";
    }
    String[] parts = text.split("\\s+");
    return name("column", parts[0]) + (parts.length > 1 ? " " + parts[1].toUpperCase(Locale.ROOT) : "");
  }

  @Override
  public List<CompiledStatement> dropIndex(Op.DropIndex op) {
    if (op.ifExists() && !schema.hasIndex(op.table(), op.index())) {
      return List.of();
    }
    List<CompiledStatement> out = keepForeignKeysServed(op.table(), op.index());
    out.add(CompiledStatement.of("DROP INDEX " + name("index", op.index()) + " ON " + table(op.table())));
    return out;
  }

  /** Indexes of their own for the foreign keys only {@code index} serves, created before it is dropped. */
  private List<CompiledStatement> keepForeignKeysServed(String table, String index) {
    List<CompiledStatement> out = new ArrayList<>();
    Map<String, List<String>> keys = schema.foreignKeys(table);
    if (keys.isEmpty()) {
      return out;
    }
    ForeignKeyIndexes.orphanedBy(index, schema.indexes(table), keys).forEach((key, columns) ->
        out.add(CompiledStatement.of("CREATE INDEX " + name("index", key) + " ON " + table(table) + " ("
            + String.join(", ", columns(columns)) + ")")));
    return out;
  }

  @Override
  public List<CompiledStatement> createForeignKey(Op.CreateForeignKey op) {
    return addConstraint(op.table(), op.foreignKey().name(), foreignKey(op.foreignKey()), op.foreignKey().onlyIfMissing(), op);
  }

  @Override
  public List<CompiledStatement> createUniqueConstraint(Op.CreateUniqueConstraint op) {
    return addConstraint(op.table(), op.unique().name(), unique(op.unique()), op.unique().onlyIfMissing(), op);
  }

  @Override
  public List<CompiledStatement> createCheckConstraint(Op.CreateCheckConstraint op) {
    return addConstraint(op.table(), op.check().name(), check(op.check()), op.check().onlyIfMissing(), op);
  }

  private List<CompiledStatement> addConstraint(String table, String name, String definition, boolean ifNotExists, Op op) {
    if (ifNotExists) {
      if (name == null) {
        throw new UnrenderableOperationException(op.describe(), "an unnamed constraint cannot be added only if missing",
            "give the constraint a name, or drop ifNotExists()");
      }
      if (schema.constraintKind(table, name).isPresent()) {
        return List.of();
      }
    }
    return one("ALTER TABLE " + table(table) + " ADD " + definition);
  }

  @Override
  public List<CompiledStatement> dropConstraint(Op.DropConstraint op) {
    String constraint = name("constraint", op.constraint());
    String kind = schema.constraintKind(op.table(), op.constraint()).orElse(null);
    if (kind == null) {
      if (op.ifExists()) {
        return List.of();
      }
      throw new UnrenderableOperationException(op.describe(), "table " + op.table() + " has no constraint named "
          + op.constraint(), "check the name (information_schema.table_constraints lists them), or use dropConstraintIfExists");
    }
    String alter = "ALTER TABLE " + table(op.table());
    switch (kind) {
      case "FOREIGN KEY":
        return dropForeignKey(op.table(), op.constraint());
      case "UNIQUE":
        List<CompiledStatement> out = keepForeignKeysServed(op.table(), op.constraint());
        out.add(CompiledStatement.of(alter + " DROP INDEX " + constraint));
        return out;
      case "PRIMARY KEY":
        return dropPrimaryKey(new Op.DropPrimaryKey(op.table(), op.constraint()));
      default:
        return one(alter + " DROP CONSTRAINT " + constraint);
    }
  }

  /** Drops the foreign key, and the index the server made for it ({@link ForeignKeyIndexes}). */
  private List<CompiledStatement> dropForeignKey(String table, String key) {
    List<CompiledStatement> out = new ArrayList<>(one("ALTER TABLE " + table(table) + " DROP FOREIGN KEY " + name("constraint", key)));
    Map<String, List<String>> keys = schema.foreignKeys(table);
    List<String> columns = keys.get(key);
    if (columns == null) {
      return out;
    }
    for (MysqlSchema.IndexFacts index : schema.indexes(table).values()) {
      boolean otherNeedsIt = keys.entrySet().stream().anyMatch(e -> !e.getKey().equals(key)
          && ForeignKeyIndexes.serves(index.columns(), e.getValue()));
      if (ForeignKeyIndexes.belongsTo(index.name(), index.unique(), index.columns(), key, columns) && !otherNeedsIt) {
        out.add(CompiledStatement.of("DROP INDEX " + name("index", index.name()) + " ON " + table(table)));
      }
    }
    return out;
  }

  /** MySQL names every primary key {@code PRIMARY}: a name given is not kept. */
  @Override
  public List<CompiledStatement> createPrimaryKey(Op.CreatePrimaryKey op) {
    return one("ALTER TABLE " + table(op.table()) + " ADD PRIMARY KEY (" + String.join(", ", columns(op.columns())) + ")");
  }

  /**
   * {@code DROP PRIMARY KEY}; an {@code AUTO_INCREMENT} column that no other index then covers
   * stops counting in the same statement, since MySQL keeps such a column only as a key.
   */
  @Override
  public List<CompiledStatement> dropPrimaryKey(Op.DropPrimaryKey op) {
    StringBuilder sql = new StringBuilder("ALTER TABLE " + table(op.table()) + " DROP PRIMARY KEY");
    Map<String, MysqlSchema.IndexFacts> indexes = schema.indexes(op.table());
    for (String column : schema.autoIncrementColumns(op.table())) {
      boolean covered = indexes.values().stream().anyMatch(i -> !i.name().equals("PRIMARY") && !i.columns().isEmpty()
          && column.equals(i.columns().get(0)));
      if (!covered) {
        MysqlSchema.ColumnFacts now = schema.column(op.table(), column, op.describe());
        sql.append(", MODIFY COLUMN ").append(name("column", column)).append(' ').append(ColumnRestatement.definition(now, null,
            ColumnChange.change().dropIdentity(), now.comment(), op.describe()));
      }
    }
    return one(sql.toString());
  }

  @Override
  public List<CompiledStatement> createSequence(Op.CreateSequence op) {
    throw unsupported(op, "sequences", "use an AUTO_INCREMENT column (Column.generatedByDefaultAsIdentity())");
  }

  @Override
  public List<CompiledStatement> alterSequence(Op.AlterSequence op) {
    throw unsupported(op, "sequences", "use an AUTO_INCREMENT column (Column.generatedByDefaultAsIdentity())");
  }

  @Override
  public List<CompiledStatement> dropSequence(Op.DropSequence op) {
    throw unsupported(op, "sequences", "use an AUTO_INCREMENT column (Column.generatedByDefaultAsIdentity())");
  }

  @Override
  public List<CompiledStatement> createEnumType(Op.CreateEnumType op) {
    throw unsupported(op, "enum types", "write the values into the column's type: Type.of(\"ENUM('sad', 'ok')\")");
  }

  @Override
  public List<CompiledStatement> addEnumValue(Op.AddEnumValue op) {
    throw unsupported(op, "enum types", "change the column's ENUM(...) type with alterColumn");
  }

  @Override
  public List<CompiledStatement> dropEnumType(Op.DropEnumType op) {
    throw unsupported(op, "enum types", "write the values into the column's type: Type.of(\"ENUM('sad', 'ok')\")");
  }

  /** Table comments are table options; a column comment restates the column; views have none. */
  @Override
  public List<CompiledStatement> setComment(Op.SetComment op) {
    String text = op.comment() == null ? "" : op.comment();
    switch (op.on()) {
      case TABLE:
        return one("ALTER TABLE " + table(op.object()) + " COMMENT = " + MysqlText.quote(text));
      case COLUMN:
        MysqlSchema.ColumnFacts now = schema.column(op.object(), op.column(), op.describe());
        return one("ALTER TABLE " + table(op.object()) + " MODIFY COLUMN " + name("column", op.column()) + " "
            + ColumnRestatement.definition(now, null, ColumnChange.change(), op.comment(), op.describe()));
      default:
        throw unsupported(op, "comments on views", "write the comment as an SQL comment (--) in the CREATE VIEW statement");
    }
  }
}
