package dev.retort.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.JdbcSchemaLookup;
import dev.retort.dialect.ReflectOptions;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.testkit.MariaDbServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the reflector makes of a MariaDB schema: MariaDB's spellings in the one the diff compares. */
class MariaDbReflectorTest {
  private static SchemaSnapshot reflect(String... ddl) throws SQLException {
    MariaDbServer server = MariaDbServer.require();
    try (Connection c = DriverManager.getConnection(server.jdbcUrl(server.newDatabase()));
        Statement st = c.createStatement()) {
      for (String sql : ddl) {
        st.execute(sql);
      }
      return new MysqlDialect().reflector().reflect(new JdbcSchemaLookup(c), ReflectOptions.excluding("retort_version"));
    }
  }

  private static Table table(SchemaSnapshot snapshot, String name) {
    return snapshot.schema("main").orElseThrow().table(name).orElseThrow();
  }

  @Test
  void columns_typesDefaultsIdentityGeneratedAndComments() throws SQLException {
    Table t = table(reflect("CREATE TABLE t (id int unsigned AUTO_INCREMENT PRIMARY KEY, name varchar(20) NOT NULL"
        + " DEFAULT 'it''s \\\\ x', flag boolean DEFAULT TRUE, doc json, mood enum('Sad','ok') DEFAULT 'ok',"
        + " at timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(), note text,"
        + " twice int AS (id * 2) VIRTUAL, c char(3) COMMENT 'it''s') COMMENT 'table t'"), "t");
    assertThat(t.comment()).isEqualTo("table t");
    assertThat(t.columns()).extracting(Column::name, c -> c.type().normalized(), Column::nullable, Column::defaultExpression)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("id", "int unsigned", false, null),
            org.assertj.core.groups.Tuple.tuple("name", "varchar(20)", false, "'it''s \\\\ x'"),
            org.assertj.core.groups.Tuple.tuple("flag", "tinyint(1)", true, "1"),
            org.assertj.core.groups.Tuple.tuple("doc", "json", true, null),
            org.assertj.core.groups.Tuple.tuple("mood", "enum('Sad','ok')", true, "'ok'"),
            org.assertj.core.groups.Tuple.tuple("at", "timestamp", true, "CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP"),
            org.assertj.core.groups.Tuple.tuple("note", "text", true, null),
            org.assertj.core.groups.Tuple.tuple("twice", "int", true, null),
            org.assertj.core.groups.Tuple.tuple("c", "char(3)", true, null));
    assertThat(t.column("id").orElseThrow().identity()).isEqualTo(Identity.AUTOINCREMENT);
    assertThat(t.column("twice").orElseThrow().generated()).isEqualTo(new GeneratedColumn("`id` * 2", false));
    assertThat(t.column("c").orElseThrow().comment()).isEqualTo("it's");
    assertThat(t.checks()).as("MariaDB's json_valid check is part of the json type").isEmpty();
    assertThat(t.primaryKey().columns()).containsExactly("id");
  }

  @Test
  void keys_uniqueIndexesOverWholeColumnsAreConstraints_foreignKeysOwnIndexesLeftOut() throws SQLException {
    SchemaSnapshot snapshot = reflect(
        "CREATE TABLE p (id int PRIMARY KEY, code varchar(20), CONSTRAINT uq_code UNIQUE (code))",
        "CREATE TABLE c (id int PRIMARY KEY, p_id int, name varchar(40), n int,"
            + " CONSTRAINT fk_c_p FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE CASCADE ON UPDATE RESTRICT,"
            + " CONSTRAINT ck_n CHECK (n > 0))",
        "CREATE UNIQUE INDEX ux_name_desc ON c (name DESC)",
        "CREATE INDEX ix_prefix ON c (name(5), n)",
        "CREATE UNIQUE INDEX ux_n ON c (n)",
        "CREATE VIEW v AS SELECT id, name FROM c WHERE n > 1",
        "CREATE TABLE retort_version (version_num varchar(255) PRIMARY KEY)");
    Table p = table(snapshot, "p");
    Table c = table(snapshot, "c");
    assertThat(p.uniqueConstraints()).containsExactly(UniqueConstraint.of("uq_code", List.of("code")));
    assertThat(c.uniqueConstraints()).containsExactly(UniqueConstraint.of("ux_n", List.of("n")));
    assertThat(c.indexes()).containsExactly(
        new Index("ix_prefix", false, List.of(IndexColumn.expression("name(5)"), IndexColumn.of("n")), null, "btree"),
        new Index("ux_name_desc", true, List.of(IndexColumn.desc("name")), null, "btree"));
    assertThat(c.foreignKeys()).containsExactly(new ForeignKey("fk_c_p", List.of("p_id"), "main", "p", List.of("id"),
        ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, false, false));
    assertThat(c.checks()).containsExactly(new CheckConstraint("ck_n", "`n` > 0"));
    Schema main = snapshot.schema("main").orElseThrow();
    assertThat(main.tables()).extracting(Table::name).containsExactly("c", "p");
    assertThat(main.views()).singleElement().satisfies(v -> assertThat(v.definition())
        .isEqualTo("select `c`.`id` AS `id`,`c`.`name` AS `name` from `c` where `c`.`n` > 1"));
  }
}
