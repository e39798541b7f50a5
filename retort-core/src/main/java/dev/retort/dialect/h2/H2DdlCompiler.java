package dev.retort.dialect.h2;

import dev.retort.dialect.CompiledStatement;
import dev.retort.dialect.DdlWriter;
import dev.retort.dialect.Identifiers;
import dev.retort.dialect.SchemaLookup;
import dev.retort.dialect.UnrenderableOperationException;
import dev.retort.migration.Column;
import dev.retort.migration.ColumnChange;
import dev.retort.migration.Index;
import dev.retort.migration.Type;
import dev.retort.ops.Op;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * H2's SQL for operations. Pure: H2 has {@code IF [NOT] EXISTS} for tables, columns, indexes and
 * constraints, so it never reads the schema. H2 has no partial or expression indexes and no
 * deferrable constraints; those operations are refused with the reason.
 */
final class H2DdlCompiler extends DdlWriter {
  @Override
  protected DdlWriter bind(SchemaLookup schema) {
    return this;
  }

  @Override
  public String type(Type type) {
    if (type.raw()) {
      return type.name();
    }
    return switch (type.name()) {
      case "TEXT" -> "CHARACTER VARYING";
      case "DOUBLE" -> "DOUBLE PRECISION";
      case "TIMESTAMPTZ" -> "TIMESTAMP WITH TIME ZONE";
      case "JSONB" -> "JSON";
      case "VARCHAR" -> "VARCHAR(" + type.length() + ")";
      case "NUMERIC" -> type.length() == 0 ? "NUMERIC" : "NUMERIC(" + type.length() + ", " + type.scale() + ")";
      default -> type.name();
    };
  }

  @Override
  protected String databaseName() {
    return "H2";
  }

  @Override
  protected String booleanLiteral(boolean value) {
    return value ? "TRUE" : "FALSE";
  }

  @Override
  protected String bytesLiteral(byte[] value) {
    return "X'" + HexFormat.of().formatHex(value) + "'";
  }

  /** H2 computes a generated column on every write and keeps the value: no {@code STORED} keyword. */
  @Override
  protected String generatedClause(Column column) {
    if (!column.generated().stored()) {
      throw new UnrenderableOperationException("column " + column.name(), "H2 stores every generated column",
          "use Column.generatedAs(expression), which is STORED");
    }
    return " GENERATED ALWAYS AS (" + column.generated().expression() + ")";
  }

  @Override
  protected String indexMethod(Index index) {
    if (index.method() != null && !index.method().equalsIgnoreCase("btree")) {
      throw new UnrenderableOperationException("index " + index.name(), "H2 has no index method " + index.method(),
          "leave the method out; H2 builds every index the same way");
    }
    return "";
  }

  @Override
  public List<CompiledStatement> createIndex(Op.CreateIndex op) {
    Index index = op.index();
    if (index.where() != null) {
      throw new UnrenderableOperationException(op.describe(), "H2 has no partial indexes (CREATE INDEX ... WHERE)",
          "index the whole column, or leave the index out for H2");
    }
    for (String key : index.columns()) {
      if (key.contains("(")) {
        throw new UnrenderableOperationException(op.describe(), "H2 has no expression indexes ('" + key + "')",
            "index a generated column that holds the expression: Column.generatedAs(\"" + key + "\")");
      }
    }
    return super.createIndex(op);
  }

  @Override
  public List<CompiledStatement> addColumn(Op.AddColumn op) {
    return one("ALTER TABLE " + Identifiers.table(op.table()) + " ADD COLUMN " + (op.ifNotExists() ? "IF NOT EXISTS " : "")
        + columnDefinition(op.table(), op.column(), op.column().isPrimaryKey()));
  }

  @Override
  public List<CompiledStatement> dropColumn(Op.DropColumn op) {
    String ifExists = op.ifExists() ? "IF EXISTS " : "";
    return one("ALTER TABLE " + ifExists + Identifiers.table(op.table()) + " DROP COLUMN " + ifExists
        + Identifiers.name("column", op.column()));
  }

  @Override
  public List<CompiledStatement> alterColumn(Op.AlterColumn op) {
    String prefix = "ALTER TABLE " + Identifiers.table(op.table()) + " ALTER COLUMN " + Identifiers.name("column", op.column())
        + " ";
    ColumnChange change = op.change();
    if (change.serial() != null || change.dropsSequence() != null) {
      throw new UnrenderableOperationException(op.describe(), "H2 has no serial types",
          "use an identity column: ColumnChange.change().addIdentity(Identity.byDefault())");
    }
    List<CompiledStatement> out = new ArrayList<>();
    if (change.dropsIdentity()) {
      out.add(CompiledStatement.of(prefix + "DROP IDENTITY"));
    }
    if (change.type() != null) {
      out.add(CompiledStatement.of(prefix + "SET DATA TYPE " + type(change.type())));
    }
    if (change.nullable() != null) {
      out.add(CompiledStatement.of(prefix + (change.nullable() ? "DROP NOT NULL" : "SET NOT NULL")));
    }
    if (change.dropsDefault()) {
      out.add(CompiledStatement.of(prefix + "DROP DEFAULT"));
    } else if (change.defaultSql() != null) {
      out.add(CompiledStatement.of(prefix + "SET DEFAULT " + change.defaultSql()));
    }
    if (change.identity() != null) {
      if (change.identity().start() != null || change.identity().increment() != null) {
        throw new UnrenderableOperationException(op.describe(), "H2 makes an existing column an identity column"
            + " only with the default start and increment", "leave start and increment out, then ALTER the sequence");
      }
      out.add(CompiledStatement.of(prefix + "SET GENERATED " + (change.identity().isAlways() ? "ALWAYS" : "BY DEFAULT")));
    }
    if (change.newName() != null) {
      out.add(CompiledStatement.of(prefix + "RENAME TO " + Identifiers.name("column", change.newName())));
    }
    return out;
  }

  @Override
  public List<CompiledStatement> createForeignKey(Op.CreateForeignKey op) {
    return addConstraint(op.table(), foreignKey(op.foreignKey()), op.foreignKey().onlyIfMissing());
  }

  @Override
  public List<CompiledStatement> createUniqueConstraint(Op.CreateUniqueConstraint op) {
    return addConstraint(op.table(), unique(op.unique()), op.unique().onlyIfMissing());
  }

  @Override
  public List<CompiledStatement> createCheckConstraint(Op.CreateCheckConstraint op) {
    return addConstraint(op.table(), check(op.check()), op.check().onlyIfMissing());
  }

  private List<CompiledStatement> addConstraint(String table, String definition, boolean ifNotExists) {
    if (definition.contains(" DEFERRABLE")) {
      throw new UnrenderableOperationException("add constraint on " + table, "H2 has no deferrable constraints",
          "leave deferrable() out for H2");
    }
    if (ifNotExists && !definition.startsWith("CONSTRAINT ")) {
      throw new UnrenderableOperationException("add constraint on " + table,
          "an unnamed constraint cannot be added only if missing", "give the constraint a name, or drop ifNotExists()");
    }
    String add = ifNotExists ? "ADD CONSTRAINT IF NOT EXISTS " + definition.substring("CONSTRAINT ".length()) : "ADD " + definition;
    return one("ALTER TABLE " + Identifiers.table(table) + " " + add);
  }

  @Override
  public List<CompiledStatement> createPrimaryKey(Op.CreatePrimaryKey op) {
    return one("ALTER TABLE " + Identifiers.table(op.table()) + " ADD "
        + (op.name() == null ? "" : "CONSTRAINT " + Identifiers.name("constraint", op.name()) + " ")
        + "PRIMARY KEY (" + String.join(", ", Identifiers.columns(op.columns())) + ")");
  }

  /** H2 drops a table's primary key without its name. */
  @Override
  public List<CompiledStatement> dropPrimaryKey(Op.DropPrimaryKey op) {
    return one("ALTER TABLE " + Identifiers.table(op.table()) + " DROP PRIMARY KEY");
  }

  @Override
  public List<CompiledStatement> dropConstraint(Op.DropConstraint op) {
    String ifExists = op.ifExists() ? "IF EXISTS " : "";
    return one("ALTER TABLE " + ifExists + Identifiers.table(op.table()) + " DROP CONSTRAINT " + ifExists
        + Identifiers.name("constraint", op.constraint()));
  }

  @Override
  public List<CompiledStatement> setComment(Op.SetComment op) {
    String target = switch (op.on()) {
      case TABLE -> "TABLE " + Identifiers.table(op.object());
      case VIEW -> "VIEW " + Identifiers.table(op.object());
      case COLUMN -> "COLUMN " + Identifiers.table(op.object()) + "." + Identifiers.name("column", op.column());
    };
    return one("COMMENT ON " + target + " IS " + literal(op.comment()));
  }
}
