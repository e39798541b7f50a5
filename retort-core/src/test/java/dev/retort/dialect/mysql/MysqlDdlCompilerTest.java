package dev.retort.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.DdlCompiler;
import dev.retort.dialect.SchemaLookup;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.migration.Column;
import dev.retort.migration.ForeignKey;
import dev.retort.migration.Identity;
import dev.retort.migration.Index;
import dev.retort.migration.Table;
import dev.retort.migration.Type;
import dev.retort.ops.Op;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The MySQL compiler on the operations that need no schema (those that read it run on MariaDB in
 * {@code MariaDbOperationsTest}).
 */
class MysqlDdlCompilerTest {
  private final DdlCompiler mysql = new MysqlDialect().ddl();

  private List<String> sql(Op op) {
    return mysql.compile(op, SchemaLookup.none()).stream().map(mysql::inline).toList();
  }

  @Test
  void createTable_portableTypes_columnConstraintsAsTableElements_reservedNamesQuoted() {
    Table t = Table.named("order")
        .column(Column.of("id", Type.BIGINT).primaryKey().identity(Identity.byDefault().startWith(100)))
        .column(Column.of("rank", Type.INTEGER).notNull().defaultSql("0"))
        .column(Column.of("body", Type.TEXT))
        .column(Column.of("at", Type.TIMESTAMPTZ).defaultSql("CURRENT_TIMESTAMP"))
        .column(Column.of("ext", Type.UUID).unique())
        .column(Column.of("owner_id", Type.BIGINT).references("users", "id"))
        .column(Column.of("twice", Type.INTEGER).generatedVirtualAs("`rank` * 2"));
    assertThat(sql(new Op.CreateTable(t))).containsExactly("CREATE TABLE `order` (\n"
        + "    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,\n"
        + "    `rank` INT NOT NULL DEFAULT 0,\n"
        + "    body LONGTEXT,\n"
        + "    at TIMESTAMP(6) DEFAULT CURRENT_TIMESTAMP(6),\n"
        + "    ext CHAR(36),\n"
        + "    owner_id BIGINT,\n"
        + "    twice INT GENERATED ALWAYS AS (`rank` * 2) VIRTUAL,\n"
        + "    CONSTRAINT order_ext_key UNIQUE (ext),\n"
        + "    CONSTRAINT order_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id)\n"
        + ") AUTO_INCREMENT = 100");
  }

  @Test
  void literals_escapeQuotesAndBackslashes() {
    assertThat(mysql.literal("it's C:\\tmp")).isEqualTo("'it''s C:\\\\tmp'");
    assertThat(mysql.literal(true)).isEqualTo("TRUE");
    assertThat(mysql.literal(new byte[] {1, (byte) 255})).isEqualTo("X'01ff'");
    assertThat(mysql.literal(null)).isEqualTo("NULL");
    assertThat(sql(new Op.BulkInsert("t", List.of(Map.of("a", "x\\'y")))))
        .containsExactly("INSERT INTO t (a) VALUES ('x\\\\''y')");
  }

  @Test
  void createIndex_prefixExpressionDescendingAndConcurrentKeys() {
    assertThat(sql(new Op.CreateIndex(Index.on("t", "name(10)", "lower(email)", "created DESC").named("ix_t")
        .concurrently()))).containsExactly(
        "CREATE INDEX ix_t ON t (name(10), (lower(email)), created DESC) ALGORITHM = INPLACE LOCK = NONE");
    assertThat(sql(new Op.CreateIndex(Index.on("t", "body").named("ft_t").using("fulltext"))))
        .containsExactly("CREATE FULLTEXT INDEX ft_t ON t (body)");
    assertThat(sql(new Op.CreateIndex(Index.on("t", "k").named("ux_t").unique())))
        .containsExactly("CREATE UNIQUE INDEX ux_t ON t (k)");
  }

  @Test
  void renameOnly_andPrimaryKey_needNoSchema() {
    assertThat(sql(new Op.AlterColumn("t", "a", dev.retort.migration.ColumnChange.change().renameTo("key"))))
        .containsExactly("ALTER TABLE t RENAME COLUMN a TO `key`");
    assertThat(sql(new Op.CreatePrimaryKey("t", "pk_t", List.of("a", "b")))).containsExactly("ALTER TABLE t ADD PRIMARY KEY (a, b)");
    assertThat(sql(new Op.SetComment(Op.CommentOn.TABLE, "t", null, "it's"))).containsExactly("ALTER TABLE t COMMENT = 'it''s'");
    assertThat(sql(new Op.RenameTable("a", "group"))).containsExactly("ALTER TABLE a RENAME TO `group`");
  }

  @Test
  void whatMysqlCannotDo_isRefusedWithD004_andAFix() {
    assertRefused(new Op.CreateSequence(dev.retort.migration.Sequence.named("s")), "MySQL has no sequences",
        "AUTO_INCREMENT");
    assertRefused(new Op.CreateEnumType("mood", List.of("sad")), "MySQL has no enum types", "ENUM('sad', 'ok')");
    assertRefused(new Op.CreateIndex(Index.on("t", "a").using("gin")), "MySQL has no index method gin", "fulltext");
    assertRefused(new Op.SetComment(Op.CommentOn.VIEW, "v", null, "x"), "MySQL has no comments on views", "CREATE VIEW");
    assertRefused(new Op.CreateForeignKey("t", ForeignKey.named("fk").columns("a").references("p", "id").onDelete("SET DEFAULT")),
        "InnoDB has no SET DEFAULT action", "SET NULL");
    assertRefused(new Op.CreateTable(Table.named("t").column(Column.of("id", Type.INTEGER)
        .identity(Identity.byDefault().incrementBy(2)))), "auto_increment_increment", "incrementBy(2)");
  }

  private void assertRefused(Op op, String problem, String fix) {
    assertThatThrownBy(() -> sql(op))
        .isInstanceOf(RetortException.class)
        .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.D004))
        .hasMessageContaining(problem)
        .satisfies(e -> assertThat(((RetortException) e).hint()).contains(fix));
  }
}
