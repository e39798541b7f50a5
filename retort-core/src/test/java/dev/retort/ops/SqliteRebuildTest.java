package dev.retort.ops;

import static dev.retort.ops.Queries.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.migration.CheckConstraint;
import dev.retort.migration.ColumnChange;
import dev.retort.migration.ForeignKey;
import dev.retort.migration.Type;
import dev.retort.run.JdbcOperations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite table rebuild keeps rows, indexes, triggers, views and foreign keys in both directions. */
class SqliteRebuildTest {
  @TempDir Path dir;

  private Connection open(boolean foreignKeys) throws SQLException {
    Properties props = new Properties();
    props.setProperty("foreign_keys", String.valueOf(foreignKeys));
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rebuild.db"), props);
  }

  private void createSchema() throws SQLException {
    try (Connection c = open(false); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE teams (id INTEGER PRIMARY KEY, name TEXT)");
      st.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL COLLATE NOCASE,"
          + " team_id INTEGER CONSTRAINT fk_users_team REFERENCES teams (id) ON DELETE SET NULL,"
          + " nick TEXT, age INTEGER DEFAULT 0, CONSTRAINT uq_users_nick_team UNIQUE (nick, team_id))");
      st.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE)");
      st.execute("CREATE UNIQUE INDEX ux_users_email ON users (email)");
      st.execute("CREATE INDEX ix_users_nick ON users (nick) WHERE nick IS NOT NULL");
      st.execute("CREATE TABLE log (what TEXT)");
      st.execute("CREATE TRIGGER tr_users_insert AFTER INSERT ON users BEGIN INSERT INTO log VALUES (new.email); END");
      st.execute("CREATE VIEW user_emails AS SELECT id, email FROM users");
      st.execute("INSERT INTO teams VALUES (1, 'red'), (2, 'blue')");
      st.execute("INSERT INTO users (id, email, team_id, nick) VALUES (1, 'a@x', 1, 'ann'), (2, 'b@x', 2, NULL)");
      st.execute("INSERT INTO orders VALUES (10, 1), (11, 2), (12, 2)");
    }
  }

  private static void rebuildUsers(JdbcOperations op) {
    op.alterColumn("users", "age", ColumnChange.change().type(Type.BIGINT).nullable(false).defaultSql("18"));
    op.createCheckConstraint("users", CheckConstraint.named("ck_users_age", "age >= 0"));
    op.alterColumn("users", "nick", ColumnChange.change().renameTo("nickname"));
  }

  private static void assertKept(Connection c) throws SQLException {
    assertThat(rows(c, "SELECT id, email, team_id, nickname, age FROM users ORDER BY id"))
        .containsExactly(List.of("1", "a@x", "1", "ann", "0"), List.of("2", "b@x", "2", "null", "0"));
    assertThat(rows(c, "SELECT count(*) FROM orders")).containsExactly(List.of("3"));
    assertThat(rows(c, "SELECT name, \"unique\", partial FROM pragma_index_list('users') WHERE origin = 'c' ORDER BY name"))
        .containsExactly(List.of("ix_users_nick", "0", "1"), List.of("ux_users_email", "1", "0"));
    assertThat(rows(c, "SELECT \"from\", \"table\", on_delete FROM pragma_foreign_key_list('users')"))
        .containsExactly(List.of("team_id", "teams", "SET NULL"));
    assertThat(rows(c, "SELECT \"from\", \"table\", on_delete FROM pragma_foreign_key_list('orders')"))
        .containsExactly(List.of("user_id", "users", "CASCADE"));
    assertThat(rows(c, "SELECT name FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY name"))
        .containsExactly(List.of("tr_users_insert"), List.of("user_emails"));
    assertThat(rows(c, "SELECT count(*) FROM user_emails")).containsExactly(List.of("2"));
    assertThat(rows(c, "SELECT sql FROM sqlite_master WHERE name = 'users'").get(0).get(0))
        .contains("COLLATE NOCASE", "CONSTRAINT fk_users_team", "CONSTRAINT uq_users_nick_team UNIQUE (nickname, team_id)",
            "age INTEGER DEFAULT 18 NOT NULL", "CONSTRAINT ck_users_age CHECK (age >= 0)");
    assertThat(rows(c, "PRAGMA foreign_key_check")).isEmpty();
    assertThat(rows(c, "SELECT name FROM sqlite_master WHERE name LIKE '_retort_tmp%'")).isEmpty();
  }

  @Test
  void rebuild_inTransaction_keepsRowsIndexesTriggersViewsAndForeignKeys() throws SQLException {
    createSchema();
    try (Connection c = open(false)) {
      c.setAutoCommit(false);
      rebuildUsers(new JdbcOperations(c, new SqliteDialect(), "aaaa0001"));
      c.commit();
      assertKept(c);
    }
    try (Connection c = open(true); Statement st = c.createStatement()) {
      // both directions still enforced: the child's reference to users, and users' reference to teams
      assertThatThrownBy(() -> st.execute("INSERT INTO orders VALUES (13, 99)")).hasMessageContaining("FOREIGN KEY");
      assertThatThrownBy(() -> st.execute("INSERT INTO users (id, email, team_id) VALUES (3, 'c@x', 99)"))
          .hasMessageContaining("FOREIGN KEY");
      st.execute("INSERT INTO users (id, email, team_id) VALUES (3, 'C@X', 2)");
      assertThatThrownBy(() -> st.execute("INSERT INTO users (id, email) VALUES (4, 'c@x')")).hasMessageContaining("UNIQUE");
      assertThatThrownBy(() -> st.execute("INSERT INTO users (id, email, age) VALUES (5, 'e@x', -1)"))
          .hasMessageContaining("CHECK");
      assertThat(rows(c, "SELECT what FROM log")).containsExactly(List.of("a@x"), List.of("b@x"), List.of("C@X"));
      st.execute("DELETE FROM users WHERE id = 2");
      assertThat(rows(c, "SELECT count(*) FROM orders")).containsExactly(List.of("1"));
    }
  }

  @Test
  void rebuild_foreignKeysEnforcedInAutocommit_turnsThemOffAroundTheRebuild() throws SQLException {
    createSchema();
    try (Connection c = open(true)) {
      rebuildUsers(new JdbcOperations(c, new SqliteDialect(), "aaaa0001"));
      assertKept(c);
      assertThat(rows(c, "PRAGMA foreign_keys")).containsExactly(List.of("1"));
    }
  }

  @Test
  void rebuild_foreignKeysEnforcedInTransaction_isRefusedBeforeAnySql() throws SQLException {
    createSchema();
    try (Connection c = open(true)) {
      c.setAutoCommit(false);
      JdbcOperations op = new JdbcOperations(c, new SqliteDialect(), "aaaa0001");
      assertThatThrownBy(() -> op.createCheckConstraint("users", CheckConstraint.named("ck_users_age", "age >= 0")))
          .isInstanceOf(RetortException.class)
          .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.D004))
          .hasMessageContaining("foreign keys are enforced");
      // a table nothing references rebuilds fine
      op.createForeignKey("orders", ForeignKey.named("fk_orders_user2").columns("user_id").references("users", "id"));
      c.commit();
      assertThat(rows(c, "SELECT count(*) FROM orders")).containsExactly(List.of("3"));
      assertThat(rows(c, "PRAGMA foreign_key_check")).isEmpty();
    }
  }

  @Test
  void dropColumn_dropsTheIndexesAndConstraintsOnIt_keepsTheRest() throws SQLException {
    createSchema();
    try (Connection c = open(false)) {
      c.setAutoCommit(false);
      JdbcOperations op = new JdbcOperations(c, new SqliteDialect(), "aaaa0001");
      op.dropColumn("users", "nick");
      op.dropColumn("users", "team_id");
      c.commit();
      assertThat(rows(c, "SELECT name FROM pragma_table_info('users')")).extracting(r -> r.get(0))
          .containsExactly("id", "email", "age");
      assertThat(rows(c, "SELECT name FROM pragma_index_list('users') WHERE origin = 'c'"))
          .containsExactly(List.of("ux_users_email"));
      assertThat(rows(c, "SELECT count(*) FROM pragma_foreign_key_list('users')")).containsExactly(List.of("0"));
      assertThat(rows(c, "SELECT sql FROM sqlite_master WHERE name = 'users'").get(0).get(0)).doesNotContain("uq_users_nick_team");
      assertThat(rows(c, "SELECT count(*) FROM orders")).containsExactly(List.of("3"));
      assertThat(rows(c, "PRAGMA foreign_key_check")).isEmpty();
    }
  }

  @Test
  void dropConstraint_namedColumnClause_removesOnlyThatClause() throws SQLException {
    createSchema();
    try (Connection c = open(false)) {
      JdbcOperations op = new JdbcOperations(c, new SqliteDialect(), "aaaa0001");
      op.dropConstraint("users", "fk_users_team");
      op.dropConstraint("users", "uq_users_nick_team");
      assertThat(rows(c, "SELECT count(*) FROM pragma_foreign_key_list('users')")).containsExactly(List.of("0"));
      assertThat(rows(c, "SELECT sql FROM sqlite_master WHERE name = 'users'").get(0).get(0))
          .contains("team_id INTEGER,").contains("COLLATE NOCASE").doesNotContain("uq_users_nick_team");
      assertThat(rows(c, "SELECT count(*) FROM users")).containsExactly(List.of("2"));
    }
  }
}
