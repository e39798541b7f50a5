package dev.retort.dialect.postgres;

import dev.retort.dialect.CompiledStatement;
import dev.retort.dialect.DdlWriter;
import dev.retort.dialect.Identifiers;
import dev.retort.dialect.SchemaLookup;
import dev.retort.dialect.UnrenderableOperationException;
import dev.retort.migration.ColumnChange;
import dev.retort.migration.Index;
import dev.retort.migration.Type;
import dev.retort.ops.Op;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * PostgreSQL's SQL for operations. Pure: every idempotent form is SQL ({@code IF [NOT] EXISTS},
 * or a {@code DO} block over {@code pg_constraint} for adding constraints), so it never reads the
 * schema and the offline script stays idempotent too.
 */
final class PostgresDdlCompiler extends DdlWriter {
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
      case "DOUBLE" -> "DOUBLE PRECISION";
      case "BLOB" -> "BYTEA";
      case "VARCHAR" -> "VARCHAR(" + type.length() + ")";
      case "NUMERIC" -> type.length() == 0 ? "NUMERIC" : "NUMERIC(" + type.length() + ", " + type.scale() + ")";
      default -> type.name();
    };
  }

  @Override
  protected String databaseName() {
    return "PostgreSQL";
  }

  @Override
  public List<CompiledStatement> createSequence(Op.CreateSequence op) {
    return one(new PgObjects(this).createSequence(op.sequence()));
  }

  @Override
  public List<CompiledStatement> alterSequence(Op.AlterSequence op) {
    return new PgObjects(this).alterSequence(op.sequence());
  }

  @Override
  public List<CompiledStatement> dropSequence(Op.DropSequence op) {
    return one("DROP SEQUENCE " + (op.ifExists() ? "IF EXISTS " : "") + Identifiers.table(op.name()));
  }

  @Override
  public List<CompiledStatement> createEnumType(Op.CreateEnumType op) {
    return one(new PgObjects(this).createEnumType(op));
  }

  @Override
  public List<CompiledStatement> addEnumValue(Op.AddEnumValue op) {
    return one(new PgObjects(this).addEnumValue(op));
  }

  @Override
  public List<CompiledStatement> dropEnumType(Op.DropEnumType op) {
    return one(new PgObjects(this).dropEnumType(op));
  }

  @Override
  public List<CompiledStatement> setComment(Op.SetComment op) {
    return one(new PgObjects(this).setComment(op));
  }

  @Override
  protected String booleanLiteral(boolean value) {
    return value ? "TRUE" : "FALSE";
  }

  @Override
  protected String bytesLiteral(byte[] value) {
    return "'\\x" + HexFormat.of().formatHex(value) + "'::bytea";
  }

  @Override
  protected String concurrently(Index index) {
    return index.isConcurrent() ? "CONCURRENTLY " : "";
  }

  @Override
  public List<CompiledStatement> addColumn(Op.AddColumn op) {
    return one("ALTER TABLE " + Identifiers.table(op.table()) + " ADD COLUMN " + (op.ifNotExists() ? "IF NOT EXISTS " : "")
        + columnDefinition(op.table(), op.column(), op.column().isPrimaryKey()));
  }

  @Override
  public List<CompiledStatement> dropColumn(Op.DropColumn op) {
    return one("ALTER TABLE " + (op.ifExists() ? "IF EXISTS " : "") + Identifiers.table(op.table()) + " DROP COLUMN "
        + (op.ifExists() ? "IF EXISTS " : "")
        + Identifiers.name("column", op.column()));
  }

  @Override
  public List<CompiledStatement> alterColumn(Op.AlterColumn op) {
    String prefix = "ALTER TABLE " + Identifiers.table(op.table()) + " ALTER COLUMN " + Identifiers.name("column", op.column()) + " ";
    ColumnChange change = op.change();
    List<CompiledStatement> out = new ArrayList<>();
    if (change.dropsIdentity()) {
      out.add(CompiledStatement.of(prefix + "DROP IDENTITY"));
    }
    String serialType = change.type() == null ? null : Serials.baseType(change.type());
    String serial = serialType != null ? serialType : change.serial() == null ? null
        : Serials.baseType(Type.of(change.serial()));
    if (change.serial() != null && serial == null) {
      throw new UnrenderableOperationException(op.describe(), "'" + change.serial() + "' is not a serial type",
          "use serial, bigserial or smallserial");
    }
    // a default that cannot be cast to the new type would fail the TYPE change: drop it first when it changes anyway
    boolean defaultChanges = change.dropsDefault() || change.defaultSql() != null;
    boolean defaultDropped = (change.type() != null || change.dropsSequence() != null) && defaultChanges;
    if (defaultDropped) {
      out.add(CompiledStatement.of(prefix + "DROP DEFAULT"));
    }
    if (change.dropsSequence() != null) {
      out.add(CompiledStatement.of("DROP SEQUENCE " + Identifiers.table(change.dropsSequence())));
    }
    if (change.type() != null) {
      String type = serialType != null ? serialType : type(change.type());
      out.add(CompiledStatement.of(prefix + "TYPE " + type + " USING " + op.column() + "::" + type));
    }
    if (change.nullable() != null) {
      out.add(CompiledStatement.of(prefix + (change.nullable() ? "DROP NOT NULL" : "SET NOT NULL")));
    }
    if (change.dropsDefault()) {
      if (!defaultDropped) {
        out.add(CompiledStatement.of(prefix + "DROP DEFAULT"));
      }
    } else if (change.defaultSql() != null) {
      out.add(CompiledStatement.of(prefix + "SET DEFAULT " + change.defaultSql()));
    }
    if (serial != null) {
      out.addAll(Serials.attach(op.table(), op.column(), serial, this));
    }
    if (change.identity() != null) {
      out.add(CompiledStatement.of(prefix + "ADD " + identity(change.identity())));
      if (change.identity().start() == null) {
        out.add(Serials.continueAfterMax(op.table(), op.column(), "pg_get_serial_sequence(" + literal(op.table()) + ", "
            + literal(op.column()) + ")"));
      }
    }
    if (change.newName() != null) {
      out.add(CompiledStatement.of("ALTER TABLE " + op.table() + " RENAME COLUMN " + op.column() + " TO "
          + Identifiers.name("column", change.newName())));
    }
    return out;
  }

  @Override
  public List<CompiledStatement> createForeignKey(Op.CreateForeignKey op) {
    return addConstraint(op.table(), op.foreignKey().name(), foreignKey(op.foreignKey()), op.foreignKey().onlyIfMissing());
  }

  @Override
  public List<CompiledStatement> createUniqueConstraint(Op.CreateUniqueConstraint op) {
    return addConstraint(op.table(), op.unique().name(), unique(op.unique()), op.unique().onlyIfMissing());
  }

  @Override
  public List<CompiledStatement> createCheckConstraint(Op.CreateCheckConstraint op) {
    return addConstraint(op.table(), op.check().name(), check(op.check()), op.check().onlyIfMissing());
  }

  private List<CompiledStatement> addConstraint(String table, String name, String definition, boolean ifNotExists) {
    String add = "ALTER TABLE " + Identifiers.table(table) + " ADD " + definition;
    if (!ifNotExists) {
      return one(add);
    }
    if (name == null) {
      throw new UnrenderableOperationException("add constraint on " + table,
          "an unnamed constraint cannot be added only if missing", "give the constraint a name, or drop ifNotExists()");
    }
    // PostgreSQL has no ADD CONSTRAINT IF NOT EXISTS; names are folded to lower case as the DDL folds them
    return one("DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = " + literal(name.toLowerCase(java.util.Locale.ROOT))
        + "\n      AND conrelid = to_regclass(" + literal(table.toLowerCase(java.util.Locale.ROOT)) + ")) THEN\n    "
        + add + ";\n  END IF;\nEND\n$$");
  }

  @Override
  public List<CompiledStatement> createPrimaryKey(Op.CreatePrimaryKey op) {
    return one("ALTER TABLE " + Identifiers.table(op.table()) + " ADD "
        + (op.name() == null ? "" : "CONSTRAINT " + Identifiers.name("constraint", op.name()) + " ")
        + "PRIMARY KEY (" + String.join(", ", Identifiers.columns(op.columns())) + ")");
  }

  @Override
  public List<CompiledStatement> dropPrimaryKey(Op.DropPrimaryKey op) {
    if (op.name() == null) {
      throw new UnrenderableOperationException(op.describe(), "PostgreSQL drops a primary key by its constraint name",
          "name the constraint (pg_constraint.conname, usually <table>_pkey)");
    }
    return one("ALTER TABLE " + Identifiers.table(op.table()) + " DROP CONSTRAINT "
        + Identifiers.name("constraint", op.name()));
  }

  @Override
  public List<CompiledStatement> dropConstraint(Op.DropConstraint op) {
    return one("ALTER TABLE " + (op.ifExists() ? "IF EXISTS " : "") + Identifiers.table(op.table()) + " DROP CONSTRAINT "
        + (op.ifExists() ? "IF EXISTS " : "")
        + Identifiers.name("constraint", op.constraint()));
  }
}
