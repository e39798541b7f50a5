package dev.retort.dialect.mysql;

import dev.retort.dialect.UnrenderableOperationException;
import dev.retort.migration.ColumnChange;
import java.util.Objects;

/**
 * A column's whole definition for {@code MODIFY}/{@code CHANGE COLUMN}. MySQL restates a column on
 * every change, and whatever the statement leaves out is gone (default, {@code AUTO_INCREMENT},
 * comment, a collation other than the table's), so the definition starts from what the server holds
 * ({@link MysqlSchema.ColumnFacts}) and applies only what the change sets.
 */
final class ColumnRestatement {
  private ColumnRestatement() {}

  /**
   * The definition after the change, without the column's name.
   *
   * @param now the column as it is
   * @param type the new type as MySQL spells it, or null to keep the type
   * @param change what changes (its type already rendered into {@code type})
   * @param comment the comment to keep or set: {@code now.comment()} unless a comment operation changes it
   */
  static String definition(MysqlSchema.ColumnFacts now, String type, ColumnChange change, String comment, String operation) {
    StringBuilder sql = new StringBuilder(type != null ? type : now.columnType());
    if (type == null && now.collation() != null && !Objects.equals(now.collation(), now.tableCollation())) {
      sql.append(" CHARACTER SET ").append(now.charset()).append(" COLLATE ").append(now.collation());
    }
    if (now.generation() != null) {
      if (change.defaultSql() != null || change.identity() != null) {
        throw new UnrenderableOperationException(operation, "column " + now.name() + " is generated",
            "drop the column and add it again to change what it is");
      }
      sql.append(" GENERATED ALWAYS AS (").append(now.generation()).append(now.stored() ? ") STORED" : ") VIRTUAL");
    }
    boolean nullable = change.nullable() != null ? change.nullable() : now.nullable();
    sql.append(nullable ? " NULL" : " NOT NULL");
    String dflt = change.dropsDefault() ? null : change.defaultSql() != null ? change.defaultSql() : now.defaultSql();
    if (dflt != null) {
      sql.append(" DEFAULT ").append(dflt);
    }
    boolean autoIncrement = change.identity() != null || (now.autoIncrement() && !change.dropsIdentity());
    if (autoIncrement) {
      sql.append(" AUTO_INCREMENT");
    }
    if (comment != null) {
      sql.append(" COMMENT ").append(MysqlText.quote(comment));
    }
    return sql.toString();
  }
}
