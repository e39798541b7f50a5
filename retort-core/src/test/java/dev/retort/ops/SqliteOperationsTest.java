package dev.retort.ops;

import static dev.retort.ops.Queries.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.migration.Column;
import dev.retort.migration.ColumnChange;
import dev.retort.migration.Table;
import dev.retort.migration.Type;
import dev.retort.run.JdbcOperations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operations contract on SQLite files, and what only SQLite does: the table rebuild, its own refusals. */
class SqliteOperationsTest extends OperationsContract {
  @TempDir Path dir;
  private int databases;

  @Override
  protected Dialect dialect() {
    return new SqliteDialect();
  }

  @Override
  protected Connection newDatabase() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("db" + ++databases + ".db"));
  }

  private static Table t() {
    return Table.named("t").column(Column.of("id", Type.INTEGER).primaryKey()).column(Column.of("a", Type.INTEGER));
  }

  @Test
  void offlineScript_rebuildsTables_andWritesSqliteLiterals() throws SQLException {
    assertThat(scenarioScript())
        .contains("CREATE TABLE _retort_tmp_orders")
        .contains("(1, 'o''brien@example.com', 1, 1.5, X'0001025c27ff', '0b7e1f3a-58a4-4a44-9a0c-0a8a1e0c1d2e', '1999-12-31')")
        .contains("'back\\slash@example.com', 0, NULL)");
  }

  @Test
  void dropConstraint_unknownName_isRefusedBeforeAnySql() throws SQLException {
    try (Connection c = newDatabase()) {
      JdbcOperations op = new JdbcOperations(c, dialect(), "aaaa0001");
      op.createTable(t());
      assertThatThrownBy(() -> op.dropConstraint("t", "ck_nope"))
          .isInstanceOf(RetortException.class)
          .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.D004))
          .hasMessageContaining("dropConstraint ck_nope on t: table t has no constraint named ck_nope");
      assertThatThrownBy(() -> op.alterColumn("t", "nope", ColumnChange.change().nullable(false)))
          .hasMessageContaining("table t has no column nope");
    }
  }

  @Test
  void jdbcOperations_mixWithConnectionInProgramOrder() throws SQLException {
    try (Connection c = newDatabase()) {
      c.setAutoCommit(false);
      JdbcOperations op = new JdbcOperations(c, dialect(), "aaaa0001");
      op.createTable(t());
      try (var st = op.connection().createStatement()) {
        st.execute("INSERT INTO t (id, a) VALUES (7, 1)");
      }
      // the rebuild copies the row inserted through connection(): NOT NULL without a default fails on it
      assertThatThrownBy(() -> op.addColumn("t", Column.of("code", Type.TEXT).notNull()))
          .hasMessageContaining("NOT NULL constraint failed");
      op.addColumn("t", Column.of("code", Type.TEXT).unique());
      assertThat(rows(c, "SELECT id, code FROM t")).containsExactly(List.of("7", "null"));
      c.rollback();
      assertThat(rows(c, "SELECT count(*) FROM sqlite_master WHERE name = 't'")).containsExactly(List.of("0"));
    }
  }
}
