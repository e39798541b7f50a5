package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
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

  @Test
  void branchesAndAMerge_pass() {
    revision("aaaa00000001", "", "create users", USERS, "DROP TABLE users;");
    revision("bbbb00000001", "aaaa00000001", "add email", "ALTER TABLE users ADD COLUMN email TEXT;",
        "ALTER TABLE users DROP COLUMN email;");
    revision("cccc00000001", "aaaa00000001", "index names", "CREATE INDEX ix_users_name ON users (name);",
        "DROP INDEX ix_users_name;");
    revision("dddd00000001", "bbbb00000001, cccc00000001", "merge", "SELECT 1;", "SELECT 1;");
    revision("eeee00000001", "dddd00000001", "create orders", "CREATE TABLE orders (id INTEGER PRIMARY KEY);",
        "DROP TABLE orders;");
    CliRun.Result r = run("verify", "--json");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    JsonNode json = r.json();
    assertThat(json.get("passed").asBoolean()).isTrue();
    assertThat(json.get("database").asText()).isEqualTo("SQLite in memory");
    assertThat(json.get("revisions")).hasSize(5);
    for (JsonNode rev : json.get("revisions")) {
      assertThat(rev.get("outcome").asText()).as(rev.toString()).isEqualTo("passed");
      assertThat(rev.get("checks").findValuesAsText("name")).containsExactly("upgrade", "downgrade", "stairway");
    }
    assertThat(json.get("revisions").get(0).get("id").asText()).isEqualTo("aaaa00000001");
    assertThat(json.get("revisions").get(4).get("id").asText()).isEqualTo("eeee00000001");
    assertThat(json.get("checks").findValuesAsText("name")).containsExactly("heads", "base", "schema");
    assertThat(json.get("checks").get(2).get("outcome").asText()).isEqualTo("skipped");
  }

  @Test
  void twoHeads_failTheHeadsCheck_unlessVerifyHeads() {
    revision("aaaa00000001", "", "create users", USERS, "DROP TABLE users;");
    revision("bbbb00000001", "aaaa00000001", "add email", "ALTER TABLE users ADD COLUMN email TEXT;",
        "ALTER TABLE users DROP COLUMN email;");
    revision("cccc00000001", "aaaa00000001", "create orders", "CREATE TABLE orders (id INTEGER PRIMARY KEY);",
        "DROP TABLE orders;");
    CliRun.Result r = run("verify");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.outLines()).contains("FAIL  heads: 2 heads: bbbb00000001, cccc00000001");
    assertThat(r.outLines().get(r.outLines().size() - 1)).isEqualTo("verify failed: heads");
    assertThat(run("verify", "heads").exitCode()).isZero();
    assertThat(run("verify", "--heads").outLines()).contains("ok    heads: 2 heads, each verified: bbbb00000001,"
        + " cccc00000001");
  }

  /** The second revision's downgrade also drops the first one's index: its stairway fails, base does not. */
  void downgradeDropsTooMuch() {
    revision("aaaa00000001", "", "create users", USERS + "\nCREATE INDEX ix_users_name ON users (name);",
        "DROP INDEX IF EXISTS ix_users_name;\nDROP TABLE users;");
    revision("aaaa00000002", "aaaa00000001", "add email", "ALTER TABLE users ADD COLUMN email TEXT;",
        "DROP INDEX ix_users_name;\nALTER TABLE users DROP COLUMN email;");
  }

  @Test
  void skip_leavesOutTheStairwayOfThatRevision() {
    downgradeDropsTooMuch();
    CliRun.Result failing = run("verify");
    assertThat(failing.exitCode()).isEqualTo(1);
    assertThat(failing.out()).contains("FAIL  aaaa00000002  add email")
        .contains("removed, though there before: index ix_users_name on users");
    CliRun.Result skipped = run("verify", "--skip", "aaaa00000002");
    assertThat(skipped.exitCode()).as(skipped.out()).isZero();
    assertThat(skipped.outLines()).contains("ok    aaaa00000002  add email  (stairway skipped (--skip aaaa00000002))");
  }

  @Test
  void minRevision_downgradesNothingBelowIt() {
    revision("aaaa00000001", "", "create users", USERS, "SELECT 1;");
    revision("aaaa00000002", "aaaa00000001", "add email", "ALTER TABLE users ADD COLUMN email TEXT;",
        "ALTER TABLE users DROP COLUMN email;");
    CliRun.Result failing = run("verify");
    assertThat(failing.exitCode()).isEqualTo(1);
    assertThat(failing.out()).contains("FAIL  aaaa00000001  create users").contains("left behind: table users");
    CliRun.Result r = run("verify", "--min-revision", "aaaa00000001");
    assertThat(r.exitCode()).as(r.out()).isZero();
    assertThat(r.outLines()).contains(
        "ok    aaaa00000001  create users  (stairway skipped: at or below --min-revision aaaa00000001)",
        "ok    aaaa00000002  add email",
        "ok    base: downgrade to aaaa00000001 leaves the schema it had when it was upgraded");
  }

  /** The second revision adds a unique index: it fails only when rows with the same name are there. */
  void uniqueIndexOnData() {
    revision("aaaa00000001", "", "create users", USERS, "DROP TABLE users;");
    revision("aaaa00000002", "aaaa00000001", "unique names", "CREATE UNIQUE INDEX ux_users_name ON users (name);",
        "DROP INDEX ux_users_name;");
    revision("aaaa00000003", "aaaa00000002", "create orders", "CREATE TABLE orders (id INTEGER PRIMARY KEY);",
        "DROP TABLE orders;");
  }

  @Test
  void seed_runsJustBeforeTheRevision_soItsUpgradeMeetsTheRows() {
    uniqueIndexOnData();
    assertThat(run("verify").exitCode()).isZero();
    p.file("seed.sql", "INSERT INTO users (id, name) VALUES (1, 'ann');\nINSERT INTO users (id, name) VALUES (2, 'ann');\n");
    CliRun.Result r = run("verify", "--seed", "aaaa00000002=seed.sql");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.outLines()).contains("ok    aaaa00000001  create users", "FAIL  aaaa00000002  unique names",
        "--    aaaa00000003  create orders  (not run)");
    // the runner's error: file and line, the statement and the database's message
    assertThat(r.out()).contains("aaaa00000002_unique_names.sql:7: upgrade of aaaa00000002 failed: ")
        .contains("UNIQUE constraint failed").contains("statement: CREATE UNIQUE INDEX ux_users_name");
    CliRun.assertNoStackTrace(r.out());
  }

  @Test
  void seedThatFails_isReportedWithFileAndLine() {
    uniqueIndexOnData();
    p.file("seed.sql", "INSERT INTO users (id, name) VALUES (1, 'ann');\n\nINSERT INTO nowhere VALUES (2);\n");
    CliRun.Result r = run("verify", "--seed", "aaaa00000002=seed.sql");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("FAIL  aaaa00000002  unique names")
        .contains("seed: seed " + p.dir().resolve("seed.sql") + ":3 fails: ").contains("no such table: nowhere");
  }

  @Test
  void seedFileMissing_isAnErrorBeforeAnythingRuns() {
    uniqueIndexOnData();
    run("verify", "--seed", "aaaa00000002=absent.sql").failedWith("RT-T002");
  }

  @Test
  void unknownRevisionInAnOption_isAnError() {
    uniqueIndexOnData();
    run("verify", "--skip", "ffff0000").failedWith("RT-G004");
  }

  @Test
  void upgradeThatFails_namesStatementAndDatabaseError_andStops() {
    revision("aaaa00000001", "", "create users", USERS, "DROP TABLE users;");
    revision("aaaa00000002", "aaaa00000001", "broken", "ALTER TABLE nowhere ADD COLUMN x TEXT;", "SELECT 1;");
    revision("aaaa00000003", "aaaa00000002", "create orders", "CREATE TABLE orders (id INTEGER PRIMARY KEY);",
        "DROP TABLE orders;");
    CliRun.Result r = run("verify");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.outLines()).contains("FAIL  aaaa00000002  broken", "--    aaaa00000003  create orders  (not run)");
    assertThat(r.out()).contains("aaaa00000002_broken.sql:7: upgrade of aaaa00000002 failed: ").contains("no such table: nowhere")
        .contains("statement: ALTER TABLE nowhere ADD COLUMN x TEXT");
  }

  @Test
  void urlWithData_isRefused_unlessTheFlagIsGiven() throws Exception {
    straightHistory();
    Path db = dir.resolve("throwaway.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE keep (id INTEGER PRIMARY KEY)");
      s.execute("INSERT INTO keep VALUES (1)");
    }
    CliRun.Result refused = run("verify", "--url", "sqlite:" + db).failedWith("RT-T001");
    assertThat(refused.err()).contains("table keep").contains("--i-know-this-is-not-production");
    CliRun.Result r = run("verify", "--url", "sqlite:" + db, "--i-know-this-is-not-production");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.outLines().get(0)).startsWith("verify on database ").endsWith("throwaway.db: 3 revisions");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT count(*) FROM keep")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(1);
    }
  }

  @Test
  void emptyUrl_isUsed() throws Exception {
    straightHistory();
    Path db = dir.resolve("empty.db");
    CliRun.Result r = run("verify", "--url", "sqlite:" + db);
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT count(*) FROM retort_history WHERE direction = 'downgrade'")) {
      rows.next();
      assertThat(rows.getInt(1)).as("each revision downgraded in its stairway and once more to base").isEqualTo(6);
    }
  }

  @Test
  void desiredSchema_headIsCompared() {
    straightHistory();
    p.file("retort.toml", "script_location = \"migrations\"\nurl = \"sqlite:app.db\"\nschema = \"schema.sql\"\n");
    p.file("schema.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT);\n"
        + "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER);\n");
    assertThat(run("verify").outLines()).contains("ok    schema: head matches schema.sql");
    p.file("schema.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT);\n");
    CliRun.Result r = run("verify");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("FAIL  schema: 1 difference between head and schema.sql").contains("- table orders");
  }

  @Test
  void junit_hasOneTestCasePerRevision_withTheFailureOnTheRightOne() throws Exception {
    revision("aaaa00000001", "", "create users", USERS, "DROP TABLE users;");
    revision("aaaa00000002", "aaaa00000001", "add <email> & more", "ALTER TABLE users ADD COLUMN email TEXT;",
        "SELECT 1;");
    revision("aaaa00000003", "aaaa00000002", "create orders", "CREATE TABLE orders (id INTEGER PRIMARY KEY);",
        "DROP TABLE orders;");
    CliRun.Result r = run("verify", "--junit", "reports/verify.xml");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(p.dir().resolve("reports")).doesNotExist();
    run("verify", "--junit", "reports/verify.xml").failedWith("RT-T003");
    java.nio.file.Files.createDirectories(p.dir().resolve("reports"));
    assertThat(run("verify", "--junit", "reports/verify.xml").exitCode()).isEqualTo(1);
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(p.dir().resolve("reports/verify.xml").toFile());
    Element revisions = (Element) xml.getElementsByTagName("testsuite").item(0);
    assertThat(revisions.getAttribute("name")).isEqualTo("retort verify: revisions");
    NodeList cases = revisions.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(3);
    Element first = (Element) cases.item(0);
    Element second = (Element) cases.item(1);
    Element third = (Element) cases.item(2);
    assertThat(first.getAttribute("name")).isEqualTo("aaaa00000001 create users");
    assertThat(first.getElementsByTagName("failure").getLength()).isZero();
    assertThat(second.getAttribute("name")).isEqualTo("aaaa00000002 add <email> & more");
    Element failure = (Element) second.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("stairway");
    assertThat(failure.getAttribute("message")).contains("left behind: column users.email");
    assertThat(third.getElementsByTagName("skipped").getLength()).isEqualTo(1);
    assertThat(revisions.getAttribute("tests")).isEqualTo("3");
    assertThat(revisions.getAttribute("failures")).isEqualTo("1");
  }

  @Test
  void skippedRevisionThatLeavesATable_failsTheBaseCheck() {
    revision("aaaa00000001", "", "create users", USERS, "DROP TABLE users;");
    revision("aaaa00000002", "aaaa00000001", "create audit", "CREATE TABLE audit (id INTEGER PRIMARY KEY);",
        "SELECT 1;");
    CliRun.Result r = run("verify", "--skip", "aaaa00000002");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.outLines()).contains("ok    aaaa00000001  create users",
        "ok    aaaa00000002  create audit  (stairway skipped (--skip aaaa00000002))",
        "FAIL  base: downgrade to base does not leave an empty schema: left behind: table audit");
    assertThat(r.outLines().get(r.outLines().size() - 1)).isEqualTo("verify failed: base");
  }
}
