package dev.retort.ops;

/**
 * One method per {@link Op} record (Java 17 has no exhaustive pattern switch).
 *
 * @param <R> what the visit returns
 */
public interface OpVisitor<R> {
  R createTable(Op.CreateTable op);

  R dropTable(Op.DropTable op);

  R renameTable(Op.RenameTable op);

  R addColumn(Op.AddColumn op);

  R dropColumn(Op.DropColumn op);

  R alterColumn(Op.AlterColumn op);

  R createIndex(Op.CreateIndex op);

  R dropIndex(Op.DropIndex op);

  R createForeignKey(Op.CreateForeignKey op);

  R createUniqueConstraint(Op.CreateUniqueConstraint op);

  R createCheckConstraint(Op.CreateCheckConstraint op);

  R dropConstraint(Op.DropConstraint op);

  R createPrimaryKey(Op.CreatePrimaryKey op);

  R dropPrimaryKey(Op.DropPrimaryKey op);

  R createView(Op.CreateView op);

  R dropView(Op.DropView op);

  R createSequence(Op.CreateSequence op);

  R alterSequence(Op.AlterSequence op);

  R dropSequence(Op.DropSequence op);

  R createEnumType(Op.CreateEnumType op);

  R addEnumValue(Op.AddEnumValue op);

  R dropEnumType(Op.DropEnumType op);

  R setComment(Op.SetComment op);

  R execute(Op.ExecuteSql op);

  R bulkInsert(Op.BulkInsert op);
}
