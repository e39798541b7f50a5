package dev.retort.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.JdbcSchemaLookup;
import dev.retort.dialect.ReflectOptions;
import dev.retort.dialect.h2.H2Dialect;
import dev.retort.migration.Column;
import dev.retort.migration.ColumnChange;
import dev.retort.migration.Table;
import dev.retort.migration.Type;
import dev.retort.run.JdbcOperations;
import dev.retort.schema.Schema;
import dev.retort.schema.View;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The operations contract on H2 in-memory databases, in H2's default mode, and H2's comments on views. */
class H2OperationsTest extends OperationsContract {
  @Override
  protected Dialect dialect() {
    return new H2Dialect();
  }

  @Override
  protected Connection newDatabase() throws SQLException {
    return DriverManager.getConnection("jdbc:h2:mem:ops_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  @Test
  void setViewComment_isReflected_andNullRemovesIt() throws SQLException {
    try (Connection c = newDatabase()) {
      JdbcOperations op = new JdbcOperations(c, dialect(), "aaaa0001");
      op.createTable(Table.named("t").column(Column.of("id", Type.INTEGER).primaryKey()));
      op.createView("v", "SELECT id FROM t");
      op.setViewComment("v", "every id, it's all");
      assertThat(views(c)).extracting(View::comment).containsExactly("every id, it's all");
      op.setViewComment("v", null);
      assertThat(views(c)).extracting(View::comment).containsExactly((String) null);
    }
  }

  /** H2 2.4 keeps a key column's old name in INFORMATION_SCHEMA.KEY_COLUMN_USAGE after a rename: reflection must not. */
  @Test
  void renamedKeyColumns_areReflectedByTheirNewNames_onBothSidesOfAForeignKey() throws SQLException {
    try (Connection c = newDatabase()) {
      JdbcOperations op = new JdbcOperations(c, dialect(), "aaaa0001");
      op.createTable(Table.named("p").column(Column.of("id", Type.INTEGER).primaryKey()));
      op.createTable(Table.named("k").column(Column.of("id", Type.INTEGER).primaryKey())
          .column(Column.of("p_id", Type.INTEGER).references("p", "id")));
      op.alterColumn("p", "id", ColumnChange.change().renameTo("ident"));
      op.alterColumn("k", "p_id", ColumnChange.change().renameTo("parent"));
      Schema s = dialect().reflector().reflect(new JdbcSchemaLookup(c), ReflectOptions.excluding()).schema("public")
          .orElseThrow();
      assertThat(s.table("p").orElseThrow().primaryKey().columns()).containsExactly("ident");
      assertThat(s.table("k").orElseThrow().foreignKeys()).singleElement().satisfies(f -> {
        assertThat(f.columns()).containsExactly("parent");
        assertThat(f.referencedColumns()).containsExactly("ident");
      });
    }
  }

  private java.util.List<View> views(Connection c) {
    return dialect().reflector().reflect(new JdbcSchemaLookup(c), ReflectOptions.excluding()).schema("public")
        .orElseThrow().views();
  }
}
