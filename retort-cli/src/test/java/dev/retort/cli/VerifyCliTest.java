package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort verify} on SQLite (in memory, or a throwaway file with --url). */
class VerifyCliTest {
  static final String USERS = "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);";

  @TempDir Path dir;
  Map<String, String> env;
  TestProject p;

  @BeforeEach
  void project() {
    env = Map.of("RETORT_CACHE_DIR", dir.resolve("cache").toString());
    p = TestProject.in(dir.resolve("p"));
    p.file("retort.toml", "script_location = \"migrations\"\nurl = \"sqlite:app.db\"\n");
  }

  void revision(String id, String revises, String message, String up, String down) {
    CheckCliTest.revision(p, id, revises, message, up, down);
  }

  CliRun.Result run(String... args) {
    return CliRun.run(p.dir(), env, args);
  }

  /** users, then email on users, then orders: a straight history whose downgrades are right. */
  void straightHistory() {
    revision("aaaa00000001", "", "create users", USERS, "DROP TABLE users;");
    revision("aaaa00000002", "aaaa00000001", "add email", "ALTER TABLE users ADD COLUMN email TEXT;",
        "ALTER TABLE users DROP COLUMN email;");
    revision("aaaa00000003", "aaaa00000002", "create orders",
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER);", "DROP TABLE orders;");
  }

  @Test
  void cleanHistory_passes_withOneLinePerRevision() {
    straightHistory();
    CliRun.Result r = run("verify");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.outLines().get(0)).isEqualTo("verify on SQLite in memory: 3 revisions");
    assertThat(r.outLines()).contains("ok    aaaa00000001  create users", "ok    aaaa00000002  add email",
        "ok    aaaa00000003  create orders", "ok    base: downgrade to base leaves an empty schema");
    assertThat(r.outLines().get(r.outLines().size() - 1)).isEqualTo("verify passed");
    assertThat(p.dir().resolve("app.db")).doesNotExist();
  }

  @Test
  void downgradeForgetsAColumn_namesTheRevisionAndTheColumn() {
    revision("aaaa00000001", "", "create users", USERS, "DROP TABLE users;");
    revision("aaaa00000002", "aaaa00000001", "add email", "ALTER TABLE users ADD COLUMN email TEXT;", "SELECT 1;");
    revision("aaaa00000003", "aaaa00000002", "create orders", "CREATE TABLE orders (id INTEGER PRIMARY KEY);",
        "DROP TABLE orders;");
    CliRun.Result r = run("verify");
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.outLines()).contains("ok    aaaa00000001  create users", "FAIL  aaaa00000002  add email",
        "--    aaaa00000003  create orders  (not run)", "--    base: not run: an earlier check failed");
    assertThat(r.out()).contains("stairway: downgrade of aaaa00000002 does not restore the schema from before its"
        + " upgrade: left behind: column users.email");
    assertThat(r.outLines().get(r.outLines().size() - 1)).isEqualTo("verify failed: revision aaaa00000002");
  }

  @Test
  void downgradeForgetsAnIndex_namesTheIndex() {
    revision("aaaa00000001", "", "create users", USERS, "DROP TABLE users;");
    revision("aaaa00000002", "aaaa00000001", "index names", "CREATE INDEX ix_users_name ON users (name);",
        "SELECT 1;");
    CliRun.Result r = run("verify");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("FAIL  aaaa00000002  index names")
        .contains("left behind: index ix_users_name on users");
  }

  @Test
  void downgradeForgetsATable_namesTheTable() {
    revision("aaaa00000001", "", "create users", USERS, "DROP TABLE users;");
    revision("aaaa00000002", "aaaa00000001", "orders and lines",
        "CREATE TABLE orders (id INTEGER PRIMARY KEY);\nCREATE TABLE order_lines (id INTEGER PRIMARY KEY);",
        "DROP TABLE orders;");
    CliRun.Result r = run("verify");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("FAIL  aaaa00000002  orders and lines").contains("left behind: table order_lines")
        .doesNotContain("left behind: table orders");
  }
}
