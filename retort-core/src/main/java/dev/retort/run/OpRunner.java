package dev.retort.run;

import dev.retort.dialect.CompiledStatement;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.JdbcSchemaLookup;
import dev.retort.dialect.SchemaLookupException;
import dev.retort.migration.CheckConstraint;
import dev.retort.migration.Column;
import dev.retort.migration.ColumnChange;
import dev.retort.migration.ForeignKey;
import dev.retort.migration.Index;
import dev.retort.migration.Operations;
import dev.retort.migration.Sequence;
import dev.retort.migration.Table;
import dev.retort.migration.UniqueConstraint;
import dev.retort.ops.Op;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The {@link Operations} calls as {@link Op}s: each call builds its op, compiles it against the
 * schema of {@link #schemaConnection()} and hands the statements to {@link #run}.
 */
abstract class OpRunner implements Operations {
  protected final Dialect dialect;
  protected final String revisionId;

  OpRunner(Dialect dialect, String revisionId) {
    this.dialect = dialect;
    this.revisionId = revisionId;
  }

  /** The connection whose schema the compiler reads. */
  abstract Connection schemaConnection();

  /** Performs one compiled statement of {@code op}. */
  abstract void run(Op op, CompiledStatement statement) throws SQLException;

  final void apply(Op op) {
    List<CompiledStatement> statements;
    try {
      statements = dialect.ddl().compile(op, new JdbcSchemaLookup(schemaConnection()));
    } catch (SchemaLookupException e) {
      throw new OperationFailedException(revisionId, op.describe(), e.sql(), e.sqlException());
    }
    for (CompiledStatement statement : statements) {
      try {
        run(op, statement);
      } catch (SQLException e) {
        throw new OperationFailedException(revisionId, op.describe(), dialect.ddl().inline(statement), e);
      }
    }
  }

  @Override
  public void createTable(Table table) {
    apply(new Op.CreateTable(table));
  }

  @Override
  public void dropTable(String table) {
    apply(new Op.DropTable(table, false));
  }

  @Override
  public void dropTableIfExists(String table) {
    apply(new Op.DropTable(table, true));
  }

  @Override
  public void renameTable(String from, String to) {
    apply(new Op.RenameTable(from, to));
  }

  @Override
  public void addColumn(String table, Column column) {
    apply(new Op.AddColumn(table, column, false));
  }

  @Override
  public void addColumnIfNotExists(String table, Column column) {
    apply(new Op.AddColumn(table, column, true));
  }

  @Override
  public void dropColumn(String table, String column) {
    apply(new Op.DropColumn(table, column, false));
  }

  @Override
  public void dropColumnIfExists(String table, String column) {
    apply(new Op.DropColumn(table, column, true));
  }

  @Override
  public void alterColumn(String table, String column, ColumnChange change) {
    apply(new Op.AlterColumn(table, column, change));
  }

  @Override
  public void createIndex(Index index) {
    apply(new Op.CreateIndex(index));
  }

  @Override
  public void dropIndex(String table, String index) {
    apply(new Op.DropIndex(table, index, false));
  }

  @Override
  public void dropIndexIfExists(String table, String index) {
    apply(new Op.DropIndex(table, index, true));
  }

  @Override
  public void createForeignKey(String table, ForeignKey foreignKey) {
    apply(new Op.CreateForeignKey(table, foreignKey));
  }

  @Override
  public void createUniqueConstraint(String table, UniqueConstraint unique) {
    apply(new Op.CreateUniqueConstraint(table, unique));
  }

  @Override
  public void createCheckConstraint(String table, CheckConstraint check) {
    apply(new Op.CreateCheckConstraint(table, check));
  }

  @Override
  public void dropConstraint(String table, String constraint) {
    apply(new Op.DropConstraint(table, constraint, false));
  }

  @Override
  public void dropConstraintIfExists(String table, String constraint) {
    apply(new Op.DropConstraint(table, constraint, true));
  }

  @Override
  public void createView(String name, String selectSql) {
    apply(new Op.CreateView(name, selectSql, false));
  }

  @Override
  public void createOrReplaceView(String name, String selectSql) {
    apply(new Op.CreateView(name, selectSql, true));
  }

  @Override
  public void dropView(String name) {
    apply(new Op.DropView(name, false));
  }

  @Override
  public void dropViewIfExists(String name) {
    apply(new Op.DropView(name, true));
  }

  @Override
  public void createSequence(Sequence sequence) {
    apply(new Op.CreateSequence(sequence));
  }

  @Override
  public void alterSequence(Sequence sequence) {
    apply(new Op.AlterSequence(sequence));
  }

  @Override
  public void dropSequence(String name) {
    apply(new Op.DropSequence(name, false));
  }

  @Override
  public void dropSequenceIfExists(String name) {
    apply(new Op.DropSequence(name, true));
  }

  @Override
  public void createEnumType(String name, String... values) {
    apply(new Op.CreateEnumType(name, List.of(values)));
  }

  @Override
  public void addEnumValue(String type, String value) {
    apply(new Op.AddEnumValue(type, value, null, null));
  }

  @Override
  public void addEnumValueBefore(String type, String value, String existing) {
    apply(new Op.AddEnumValue(type, value, existing, null));
  }

  @Override
  public void addEnumValueAfter(String type, String value, String existing) {
    apply(new Op.AddEnumValue(type, value, null, existing));
  }

  @Override
  public void dropEnumType(String name) {
    apply(new Op.DropEnumType(name, false));
  }

  @Override
  public void dropEnumTypeIfExists(String name) {
    apply(new Op.DropEnumType(name, true));
  }

  @Override
  public void setTableComment(String table, String text) {
    apply(new Op.SetComment(Op.CommentOn.TABLE, table, null, text));
  }

  @Override
  public void setColumnComment(String table, String column, String text) {
    apply(new Op.SetComment(Op.CommentOn.COLUMN, table, column, text));
  }

  @Override
  public void setViewComment(String view, String text) {
    apply(new Op.SetComment(Op.CommentOn.VIEW, view, null, text));
  }

  @Override
  public void execute(String sql) {
    apply(new Op.ExecuteSql(sql));
  }

  @Override
  public void bulkInsert(String table, List<Map<String, Object>> rows) {
    apply(new Op.BulkInsert(table, rows));
  }
}
