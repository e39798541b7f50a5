package dev.retort.ops;

import static dev.retort.ops.Queries.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.JdbcSchemaLookup;
import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.migration.Column;
import dev.retort.migration.ColumnChange;
import dev.retort.migration.ForeignKey;
import dev.retort.migration.Index;
import dev.retort.migration.Operations;
import dev.retort.migration.Table;
import dev.retort.migration.Type;
import dev.retort.run.JdbcOperations;
import dev.retort.testkit.MariaDbServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The operations contract on a real MariaDB, and what only MySQL does: a column restated on every
 * change, AUTO_INCREMENT, reserved words in backticks, backslashes escaped in literals, the index a
 * foreign key needs, and MySQL's own refusals.
 */
class MariaDbOperationsTest extends OperationsContract {
  @Override
  protected Dialect dialect() {
    return new MysqlDialect();
  }

  @Override
  protected Connection newDatabase() throws SQLException {
    MariaDbServer server = MariaDbServer.require();
    return DriverManager.getConnection(server.jdbcUrl(server.newDatabase()));
  }

  @Test
  void offlineScript_escapesBackslashes_andRestatesColumnsWithTheirComments() throws SQLException {
    assertThat(scenarioScript())
        .contains("'back\\\\slash@example.com'")
        .contains("'it''s \\\\ fine'")
        .contains("X'0001025c27ff'")
        .contains("MODIFY COLUMN qty int(11) NOT NULL DEFAULT 5 COMMENT 'how many, it''s a count'");
  }

  @Test
  void identity_currentTimestamp_reservedWords_andOnlineIndexBuilds_areWrittenTheMysqlWay() throws SQLException {
    try (Connection c = newDatabase()) {
      JdbcOperations op = new JdbcOperations(c, dialect(), "aaaa0001");
      op.createTable(Table.named("t")
          .column(Column.of("id", Type.BIGINT).primaryKey().generatedByDefaultAsIdentity())
          .column(Column.of("created_at", Type.TIMESTAMPTZ).defaultSql("CURRENT_TIMESTAMP"))
          .column(Column.of("rank", Type.INTEGER).defaultSql("3"))
          .column(Column.of("status", Type.varchar(20))));
      op.setColumnComment("t", "rank", "place");
      op.createIndex(Index.on("t", "status").named("ix_t_status").concurrently());
      op.alterColumn("t", "rank", ColumnChange.change().renameTo("position").nullable(false));
      assertThat(rows(c, "SELECT column_name, column_type, is_nullable, extra, column_default, column_comment"
          + " FROM information_schema.columns WHERE table_schema = database() AND table_name = 't'"
          + " ORDER BY ordinal_position")).containsExactly(
          List.of("id", "bigint(20)", "NO", "auto_increment", "null", ""),
          List.of("created_at", "timestamp(6)", "YES", "", "current_timestamp(6)", ""),
          List.of("position", "int(11)", "NO", "", "3", "place"),
          List.of("status", "varchar(20)", "YES", "", "NULL", ""));
      assertThat(rows(c, "SELECT index_name FROM information_schema.statistics WHERE table_schema = database()"
          + " AND table_name = 't' AND index_name LIKE 'ix%'")).containsExactly(List.of("ix_t_status"));
    }
  }

  @Test
  void dropIndex_thatAForeignKeyNeeds_givesTheKeyAnIndexOfItsOwnFirst() throws SQLException {
    try (Connection c = newDatabase()) {
      JdbcOperations op = new JdbcOperations(c, dialect(), "aaaa0001");
      op.createTable(Table.named("p").column(Column.of("id", Type.INTEGER).primaryKey()));
      op.createTable(Table.named("c").column(Column.of("id", Type.INTEGER).primaryKey())
          .column(Column.of("p_id", Type.INTEGER)).column(Column.of("x", Type.INTEGER)));
      op.createIndex(Index.on("c", "p_id", "x").named("ix_c_p"));
      op.createForeignKey("c", ForeignKey.named("fk_c_p").columns("p_id").references("p", "id"));
      op.dropIndex("c", "ix_c_p");
      assertThat(rows(c, "SELECT index_name, column_name FROM information_schema.statistics WHERE table_schema = database()"
          + " AND table_name = 'c' AND index_name <> 'PRIMARY'")).containsExactly(List.of("fk_c_p", "p_id"));
      op.dropConstraint("c", "fk_c_p");
      assertThat(rows(c, "SELECT count(*) FROM information_schema.statistics WHERE table_schema = database()"
          + " AND table_name = 'c' AND index_name <> 'PRIMARY'")).containsExactly(List.of("0"));
    }
  }

  @Test
  void dropPrimaryKey_ofAnAutoIncrementColumn_stopsItCounting() throws SQLException {
    try (Connection c = newDatabase()) {
      JdbcOperations op = new JdbcOperations(c, dialect(), "aaaa0001");
      op.createTable(Table.named("t").column(Column.of("id", Type.INTEGER).primaryKey().generatedByDefaultAsIdentity())
          .column(Column.of("a", Type.INTEGER).defaultSql("3")));
      for (dev.retort.dialect.CompiledStatement s : dialect().ddl().compile(new Op.DropPrimaryKey("t", null),
          new JdbcSchemaLookup(c))) {
        try (java.sql.Statement st = c.createStatement()) {
          st.execute(s.sql());
        }
      }
      assertThat(rows(c, "SELECT column_name, is_nullable, extra FROM information_schema.columns"
          + " WHERE table_schema = database() AND table_name = 't' ORDER BY ordinal_position"))
          .containsExactly(List.of("id", "NO", ""), List.of("a", "YES", ""));
    }
  }

  @Test
  void unknownConstraint_andDeferrableKeys_areRefusedWithD004() throws SQLException {
    try (Connection c = newDatabase()) {
      JdbcOperations op = new JdbcOperations(c, dialect(), "aaaa0001");
      op.createTable(Table.named("t").column(Column.of("id", Type.INTEGER).primaryKey()));
      assertThatThrownBy(() -> op.dropConstraint("t", "nope"))
          .isInstanceOf(RetortException.class)
          .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.D004))
          .hasMessageContaining("table t has no constraint named nope");
      assertThatThrownBy(() -> op.createForeignKey("t", ForeignKey.named("fk").columns("id").references("t", "id").deferrable()))
          .isInstanceOf(RetortException.class)
          .hasMessageContaining("MySQL checks foreign keys at once");
    }
  }
}
