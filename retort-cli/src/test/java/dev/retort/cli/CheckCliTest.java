package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort check} on SQLite: the migrations' head against schema.sql, and drift with --url. */
class CheckCliTest {
  static final String USERS = "CREATE TABLE users (\n  id INTEGER PRIMARY KEY,\n  email TEXT NOT NULL\n);\n";

  @TempDir Path dir;
  Map<String, String> env;

  @BeforeEach
  void cacheInTemp() {
    env = Map.of("RETORT_CACHE_DIR", dir.resolve("cache").toString());
  }

  /** A project whose one revision creates {@code users}; {@code schema = "schema.sql"}. */
  TestProject project(String schemaSql) {
    TestProject p = TestProject.in(dir.resolve("p"));
    p.file("retort.toml", "script_location = \"migrations\"\nurl = \"sqlite:app.db\"\nschema = \"schema.sql\"\n");
    revision(p, "aaaa00000001", "", "create users", USERS, "DROP TABLE users;");
    if (schemaSql != null) {
      p.file("schema.sql", schemaSql);
    }
    return p;
  }

  static void revision(TestProject p, String id, String revises, String message, String up, String down) {
    p.file("migrations/versions/" + id + "_" + message.replace(' ', '_') + ".sql",
        "-- Revision: " + id + "\n-- Revises: " + revises + "\n-- Message: " + message
            + "\n-- Create-Date: 2026-03-01T10:00:00Z\n\n-- +upgrade\n" + up + "\n\n-- +downgrade\n" + down + "\n");
  }

  CliRun.Result run(TestProject p, String... args) {
    return CliRun.run(p.dir(), env, args);
  }

  @Test
  void equal_exitsZero_sayingNoDifferences() {
    TestProject p = project(USERS);
    CliRun.Result r = run(p, "check");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("no differences: migrations at heads (1 revision) matches schema.sql");
    assertThat(r.errLines()).containsExactly("scratch: SQLite in memory");
    assertThat(p.dir().resolve("app.db")).doesNotExist();
  }

  @Test
  void missingTableColumnAndIndex_exitOne_withOneLineEach() {
    TestProject p = project("CREATE TABLE users (\n  id INTEGER PRIMARY KEY,\n  email TEXT NOT NULL,\n  name TEXT\n);\n"
        + "CREATE INDEX ix_users_email ON users (email);\n"
        + "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL);\n");
    CliRun.Result r = run(p, "check");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    assertThat(r.outLines()).contains("+ table orders", "+ column users.name", "+ index ix_users_email on users");
    assertThat(r.outLines().get(r.outLines().size() - 1)).isEqualTo(
        "3 differences between migrations at heads (1 revision) and schema.sql;"
            + " run retort revision --autogenerate -m \"...\" to write them");
    CliRun.assertNoStackTrace(r.err());
  }

  @Test
  void changedColumnType_showsBothTypes() {
    TestProject p = project("CREATE TABLE users (\n  id INTEGER PRIMARY KEY,\n  email VARCHAR(100) NOT NULL\n);\n");
    CliRun.Result r = run(p, "check");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    assertThat(r.outLines()).startsWith("~ column users.email: TEXT → VARCHAR(100)");
  }

  @Test
  void json_hasTheStableShape() {
    TestProject p = project(USERS + "CREATE INDEX ix_users_email ON users (email);\n");
    CliRun.Result r = run(p, "check", "--json");
    assertThat(r.exitCode()).isEqualTo(1);
    JsonNode json = r.json();
    assertThat(json.get("equal").asBoolean()).isFalse();
    assertThat(json.get("drift").asBoolean()).isFalse();
    assertThat(json.get("current").asText()).isEqualTo("migrations at heads (1 revision)");
    assertThat(json.get("desired").asText()).isEqualTo("schema.sql");
    assertThat(json.get("scratch").asText()).isEqualTo("SQLite in memory");
    assertThat(json.get("warnings").isArray()).isTrue();
    JsonNode d = json.get("differences").get(0);
    assertThat(d.get("kind").asText()).isEqualTo("add_index");
    assertThat(d.get("table").asText()).isEqualTo("users");
    assertThat(d.get("name").asText()).isEqualTo("ix_users_email");
    assertThat(d.get("description").asText()).isEqualTo("index ix_users_email on users");
    assertThat(d.get("sql").asText()).containsIgnoringCase("CREATE INDEX").contains("ix_users_email").endsWith(";");
    assertThat(json.get("differences")).hasSize(1);
  }

  @Test
  void equalJson_saysEqual() {
    TestProject p = project(USERS);
    CliRun.Result r = run(p, "check", "--json");
    assertThat(r.exitCode()).isZero();
    assertThat(r.json().get("equal").asBoolean()).isTrue();
    assertThat(r.json().get("differences")).isEmpty();
  }

  @Test
  void drift_aHandMadeIndex_isNamed() throws Exception {
    TestProject p = project(USERS);
    assertThat(run(p, "upgrade", "heads").exitCode()).isZero();
    Path db = p.dir().resolve("app.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
      s.execute("CREATE INDEX ix_hotfix ON users (email)");
    }
    CliRun.Result r = run(p, "check", "--url", "sqlite:" + db);
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    assertThat(r.outLines()).contains("- index ix_hotfix on users");
    assertThat(r.out()).contains("1 difference: database sqlite:" + db + " has drifted from its revisions (at aaaa00000001)");
    CliRun.assertNoStackTrace(r.err());
  }

  @Test
  void drift_none_whenTheDatabaseIsAsItsRevisions() {
    TestProject p = project(USERS);
    assertThat(run(p, "upgrade", "heads").exitCode()).isZero();
    Path db = p.dir().resolve("app.db");
    CliRun.Result r = run(p, "check", "--url", "sqlite:" + db);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("no differences: database sqlite:" + db + " matches its revisions (at aaaa00000001)");
  }

  @Test
  void drift_notAtHead_isM002_namingThePendingRevisions() {
    TestProject p = project(USERS);
    assertThat(run(p, "upgrade", "heads").exitCode()).isZero();
    revision(p, "bbbb00000002", "aaaa00000001", "add orders", "CREATE TABLE orders (id INTEGER PRIMARY KEY);",
        "DROP TABLE orders;");
    CliRun.Result r = run(p, "check", "--url", "sqlite:" + p.dir().resolve("app.db")).failedWith("RT-M002");
    assertThat(r.err()).contains("not at head: 1 revision pending").contains("pending: bbbb00000002 add orders");
  }

  @Test
  void drift_aDatabaseFileThatDoesNotExist_isM002_andIsNotCreated() {
    // the live database is read on a second thread; a SQLite file that is not there must not be
    // opened (so created) before the head check has refused it
    TestProject p = project(USERS);
    Path db = p.dir().resolve("never.db");
    CliRun.Result r = run(p, "check", "--url", "sqlite:" + db).failedWith("RT-M002");
    assertThat(r.err()).contains("at: <base>").contains("pending: aaaa00000001 create users");
    assertThat(db).doesNotExist();
  }

  @Test
  void drift_aBrokenRevision_isReportedBeforeAnUnreachableDatabase() {
    TestProject p = project(USERS);
    revision(p, "bbbb00000002", "aaaa0000000x", "add orders", "CREATE TABLE orders (id INTEGER PRIMARY KEY);",
        "DROP TABLE orders;");
    CliRun.Result r = run(p, "check", "--url", "postgresql://127.0.0.1:1/nowhere");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("aaaa0000000x").doesNotContain("127.0.0.1:1");
  }

  @Test
  void drift_anUnreachableDatabase_isD002_namingIt() {
    TestProject p = project(USERS);
    CliRun.Result r = run(p, "check", "--url", "postgresql://someone:secret@127.0.0.1:1/nowhere").failedWith("RT-D002");
    assertThat(r.err()).contains("cannot connect to postgresql://someone:***@127.0.0.1:1/nowhere")
        .doesNotContain("secret");
  }

  @Test
  void brokenSchemaSql_isM001_withFileAndLine_andNothingWritten() {
    TestProject p = project(USERS + "\nCREATE TABLE orders (\n  id INTEGER PRIMARY KEY,\n  total NUMERIC\n;\n");
    CliRun.Result r = run(p, "check");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("error[RT-M001]: ").contains("schema.sql:6: statement fails on the scratch database");
    assertThat(r.err()).contains("\nfix: ");
    CliRun.assertNoStackTrace(r.err());
    assertThat(p.dir().resolve("app.db")).doesNotExist();
  }

  @Test
  void noSchemaConfigured_isM004() {
    TestProject p = project(null);
    p.file("retort.toml", "script_location = \"migrations\"\nurl = \"sqlite:app.db\"\n");
    CliRun.Result r = run(p, "check").failedWith("RT-M004");
    assertThat(r.err()).contains("schema = \"schema.sql\"");
  }

  @Test
  void aFolderOfSqlFiles_isAppliedInNameOrder() {
    TestProject p = project(null);
    p.file("retort.toml", "script_location = \"migrations\"\nurl = \"sqlite:app.db\"\nschema = \"schema\"\n");
    // 10_ needs the table 02_ creates: name order, not the order the files were written in
    p.file("schema/10_index.sql", "CREATE INDEX ix_users_email ON users (email);\n");
    p.file("schema/02_users.sql", USERS);
    CliRun.Result r = run(p, "check");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    assertThat(r.outLines()).containsExactly("+ index ix_users_email on users",
        "1 difference between migrations at heads (1 revision) and schema/ (2 files);"
            + " run retort revision --autogenerate -m \"...\" to write them");
  }

  @Test
  void toUrl_comparesWithAnotherDatabase() throws Exception {
    TestProject p = project(null);
    Path other = dir.resolve("other.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
      s.execute(USERS);
      s.execute("CREATE TABLE audit (id INTEGER PRIMARY KEY)");
    }
    CliRun.Result r = run(p, "check", "--to-url", "sqlite:" + other);
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    assertThat(r.outLines()).contains("+ table audit");
    assertThat(Files.exists(p.dir().resolve("app.db"))).isFalse();
  }
}
