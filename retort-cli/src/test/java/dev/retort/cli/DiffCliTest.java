package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort diff} on SQLite: the SQL between two sources, rename hints, and bad sources. */
class DiffCliTest {
  @TempDir Path dir;
  Map<String, String> env;

  @BeforeEach
  void cacheInTemp() {
    env = Map.of("RETORT_CACHE_DIR", dir.resolve("cache").toString());
  }

  TestProject project(String schemaSql) {
    TestProject p = TestProject.in(dir.resolve("p"));
    p.file("retort.toml", "script_location = \"migrations\"\nurl = \"sqlite:app.db\"\nschema = \"schema.sql\"\n");
    CheckCliTest.revision(p, "aaaa00000001", "", "create users", CheckCliTest.USERS, "DROP TABLE users;");
    p.file("schema.sql", schemaSql);
    return p;
  }

  CliRun.Result run(TestProject p, String... args) {
    return CliRun.run(p.dir(), env, args);
  }

  @Test
  void equal_printsNoChanges() {
    TestProject p = project(CheckCliTest.USERS);
    CliRun.Result r = run(p, "diff");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.outLines()).containsExactly(
        "-- from: migrations at heads (1 revision)", "-- to: schema.sql", "-- no changes");
  }

  @Test
  void newTable_printsItsCreateTable_andWritesNoFile() {
    TestProject p = project(CheckCliTest.USERS + "CREATE TABLE orders (id INTEGER PRIMARY KEY, total NUMERIC);\n");
    CliRun.Result r = run(p, "diff");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("-- + table orders\nCREATE TABLE orders");
    assertThat(p.versions().toFile().list()).hasSize(1);
    assertThat(run(p, "diff", "--exit-code").exitCode()).isEqualTo(1);
  }

  @Test
  void renamedFromHints_renameTheTableAndColumn_neverDrop() {
    TestProject p = project("-- retort:renamed-from users\n"
        + "CREATE TABLE members (\n  id INTEGER PRIMARY KEY,\n  email_address TEXT NOT NULL -- retort:renamed-from email\n);\n");
    CliRun.Result r = run(p, "diff");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("(?i)ALTER TABLE \"?users\"? RENAME TO \"?members\"?");
    assertThat(r.out()).containsPattern("(?i)RENAME COLUMN \"?email\"? TO \"?email_address\"?");
    assertThat(r.out()).doesNotContainPattern("(?i)DROP (TABLE|COLUMN)");
  }

  @Test
  void renamedFromHint_onTheCreateTableLine() {
    TestProject p = project("CREATE TABLE members ( -- retort:renamed-from users\n  id INTEGER PRIMARY KEY,\n"
        + "  email TEXT NOT NULL\n);\n");
    CliRun.Result r = run(p, "check");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    assertThat(r.outLines()).startsWith("~ table users renamed to members");
  }

  @Test
  void withoutHint_theRenameIsADropAndAdd_withAWarningComment() {
    TestProject p = project("CREATE TABLE users (\n  id INTEGER PRIMARY KEY,\n  email_address TEXT NOT NULL\n);\n");
    CliRun.Result r = run(p, "diff");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("-- warning: ");
  }

  @Test
  void hintNamingAColumnTheCurrentSchemaLacks_isM008_withFileAndLine() {
    TestProject p = project("CREATE TABLE users (\n  id INTEGER PRIMARY KEY,\n"
        + "  email_address TEXT NOT NULL -- retort:renamed-from mail\n);\n");
    CliRun.Result r = run(p, "diff").failedWith("RT-M008");
    assertThat(r.err()).contains("schema.sql:3: bad rename hint: column users.mail is not in the current schema");
  }

  @Test
  void hintsLeftInPlace_afterTheirRenameIsApplied_changeNothing() {
    TestProject p = project("-- retort:renamed-from users\n"
        + "CREATE TABLE members (\n  id INTEGER PRIMARY KEY,\n  email_address TEXT NOT NULL -- retort:renamed-from email\n);\n");
    CheckCliTest.revision(p, "aaaa00000002", "aaaa00000001", "rename users",
        "ALTER TABLE users RENAME TO members;\nALTER TABLE members RENAME COLUMN email TO email_address;",
        "ALTER TABLE members RENAME COLUMN email_address TO email;\nALTER TABLE members RENAME TO users;");
    CliRun.Result r = run(p, "check");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("no differences");
  }

  @Test
  void misplacedHint_isM008() {
    TestProject p = project(CheckCliTest.USERS + "CREATE INDEX ix ON users (email); -- retort:renamed-from old\n");
    CliRun.Result r = run(p, "diff").failedWith("RT-M008");
    assertThat(r.err()).contains("schema.sql:5: rename hint in the wrong place");
  }

  @Test
  void badFrom_isM003_listingTheForms() {
    TestProject p = project(CheckCliTest.USERS);
    CliRun.Result r = run(p, "diff", "--from", "nonsense").failedWith("RT-M003");
    assertThat(r.err()).contains("unknown schema source 'nonsense'").contains("jpa:<package>");
    run(p, "diff", "--to", "missing.sql").failedWith("RT-M003");
  }

  @Test
  void jpaWithoutClasspath_isM011() {
    TestProject p = project(CheckCliTest.USERS);
    run(p, "diff", "--to", "jpa:com.example.model").failedWith("RT-M011");
  }

  @Test
  void jpaWithAMissingClasspathEntry_isM010() {
    TestProject p = project(CheckCliTest.USERS);
    CliRun.Result r = run(p, "diff", "--to", "jpa:com.example.model", "--classpath", "target/classes")
        .failedWith("RT-M010");
    assertThat(r.err()).contains("target/classes");
  }

  @Test
  void aRevisionThatFailsToReplay_isM007_namingIt() {
    TestProject p = project(CheckCliTest.USERS);
    CheckCliTest.revision(p, "bbbb00000002", "aaaa00000001", "broken", "ALTER TABLE nowhere ADD COLUMN x INTEGER;",
        "SELECT 1;");
    CliRun.Result r = run(p, "check").failedWith("RT-M007");
    assertThat(r.err()).contains("bbbb00000002_broken.sql").contains("migrations fail to replay")
        .contains("RT-V004");
  }

  @Test
  void reversed_fromSchemaToMigrations_dropsWhatOnlyTheSchemaHas() {
    TestProject p = project(CheckCliTest.USERS + "CREATE TABLE orders (id INTEGER PRIMARY KEY);\n");
    CliRun.Result r = run(p, "diff", "--from", "schema.sql", "--to", "migrations");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("-- - table orders").containsPattern("(?i)DROP TABLE \"?orders\"?");
  }

  @Test
  void json_isTheCheckObject() {
    TestProject p = project(CheckCliTest.USERS + "CREATE TABLE orders (id INTEGER PRIMARY KEY);\n");
    CliRun.Result r = run(p, "diff", "--json");
    assertThat(r.exitCode()).isZero();
    assertThat(r.json().get("differences").get(0).get("kind").asText()).isEqualTo("add_table");
  }
}
