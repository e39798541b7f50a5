package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort check} and {@code retort diff} on embedded PostgreSQL, with {@code dev_url} as the scratch database. */
class CheckDiffPostgresTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  @TempDir Path tmp;

  private Path project(TestDb.Pg db, TestDb.Pg dev, String schemaSql) throws Exception {
    Path p = tmp.resolve("p");
    Files.createDirectories(p.resolve("migrations/versions"));
    Files.writeString(p.resolve("retort.toml"), "script_location = \"migrations\"\nurl = \"" + db.url()
        + "\"\ndev_url = \"" + dev.url() + "\"\nschema = \"schema.sql\"\n");
    Files.writeString(p.resolve("migrations/versions/aaaa00000001_create_users.sql"),
        "-- Revision: aaaa00000001\n-- Revises: \n-- Message: create users\n-- Create-Date: 2026-03-01T10:00:00Z\n\n"
            + "-- +upgrade\nCREATE TABLE users (id bigint PRIMARY KEY, email varchar(100) NOT NULL);\n\n"
            + "-- +downgrade\nDROP TABLE users;\n");
    Files.writeString(p.resolve("schema.sql"), schemaSql);
    return p;
  }

  @Test
  void check_and_diff_againstSchemaSql() throws Exception {
    TestDb.Pg db = PG.newDatabase();
    TestDb.Pg dev = PG.newDatabase();
    Path p = project(db, dev, "CREATE TABLE users (\n  id bigint PRIMARY KEY,\n  email text NOT NULL\n);\n"
        + "CREATE INDEX ix_users_email ON users (email);\n"
        + "CREATE TYPE mood AS ENUM ('happy', 'sad');\n"
        + "CREATE VIEW user_emails AS SELECT id, email FROM users;\n");
    Map<String, String> env = Map.of("RETORT_CACHE_DIR", tmp.resolve("cache").toString());

    Cli.Result check = Cli.run(p, env, "check");
    assertThat(check.exitCode()).as(check.err()).isEqualTo(1);
    assertThat(check.outLines()).contains("~ column users.email: character varying(100) → text",
        "+ index ix_users_email on users", "+ enum type mood (happy, sad)", "+ view user_emails");
    assertThat(check.err()).contains("scratch: ").doesNotContain("\tat ");

    Cli.Result diff = Cli.run(p, env, "diff");
    assertThat(diff.exitCode()).as(diff.err()).isZero();
    assertThat(diff.out()).containsPattern("(?i)ALTER TABLE \"?users\"? ALTER COLUMN \"?email\"? TYPE text")
        .containsPattern("(?i)CREATE INDEX \"?ix_users_email\"? ON");

    // the scratch database is emptied again; the project's database was never touched
    try (Connection c = db.connect(); Statement st = c.createStatement();
        var rs = st.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }

  @Test
  void checkUrl_reportsAHandMadeIndexAsDrift() throws Exception {
    TestDb.Pg db = PG.newDatabase();
    TestDb.Pg dev = PG.newDatabase();
    Path p = project(db, dev, "CREATE TABLE users (id bigint PRIMARY KEY, email varchar(100) NOT NULL);\n");
    Map<String, String> env = Map.of("RETORT_CACHE_DIR", tmp.resolve("cache").toString());
    Cli.run(p, env, "upgrade", "heads").succeeded();
    Cli.Result clean = Cli.run(p, env, "check", "--url", db.url());
    assertThat(clean.exitCode()).as(clean.err()).isZero();
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      st.execute("CREATE INDEX ix_hotfix ON users (email)");
    }
    Cli.Result drift = Cli.run(p, env, "check", "--url", db.url());
    assertThat(drift.exitCode()).as(drift.err()).isEqualTo(1);
    assertThat(drift.outLines()).contains("- index ix_hotfix on users");
    assertThat(drift.out()).contains("has drifted from its revisions (at aaaa00000001)");
  }

  @Test
  void checkUrl_withTheCacheFolderRestoredInANewCheckout_createsNoScratchDatabase() throws Exception {
    TestDb.Pg db = PG.newDatabase();
    Path p = project(db, db, "CREATE TABLE users (id bigint PRIMARY KEY, email varchar(100) NOT NULL);\n");
    // no dev_url: the scratch databases are temporary ones on the server of url
    Files.writeString(p.resolve("retort.toml"), "script_location = \"migrations\"\nurl = \"" + db.url() + "\"\n");
    Map<String, String> firstJob = Map.of("RETORT_CACHE_DIR", tmp.resolve("job1-cache").toString());
    Cli.run(p, firstJob, "upgrade", "heads").succeeded();
    Cli.Result cold = Cli.run(p, firstJob, "check", "--url", db.url()).succeeded();
    assertThat(cold.err()).contains("scratch: temporary databases on localhost:" + PG.port());

    // the next CI job: a fresh checkout elsewhere, the cache folder restored (actions/cache) at another path
    Path checkout = copy(p, tmp.resolve("job2"));
    Path restored = copy(tmp.resolve("job1-cache"), tmp.resolve("job2-cache"));
    Map<String, String> nextJob = Map.of("RETORT_CACHE_DIR", restored.toString());
    Cli.Result warm = Cli.run(checkout, nextJob, "check", "--url", db.url()).succeeded();
    assertThat(warm.err()).doesNotContain("scratch:");
    assertThat(Cli.run(checkout, nextJob, "check", "--url", db.url(), "--json").succeeded().json().get("scratch").isNull())
        .isTrue();
    assertThat(db.count("SELECT count(*) FROM pg_database WHERE datname LIKE 'retort_scratch_%'")).isZero();
  }

  @Test
  void check_aRevisionFailingInTheMiddleOfItsDdl_namesTheStatementThatFailed() throws Exception {
    Path p = withSecondRevision(PG.newDatabase(), "CREATE TABLE users (id bigint PRIMARY KEY);\n",
        "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\nCREATE INDEX ix_c ON no_such_table (id);\n"
            + "CREATE TABLE d (id int);\n", "DROP TABLE b;\nDROP TABLE a;\n");

    Cli.Result check = Cli.run(p, Map.of("RETORT_CACHE_DIR", tmp.resolve("cache").toString()), "check")
        .failedWith("RT-M007");
    assertThat(check.err()).contains("aaaa00000002").contains("relation \"no_such_table\" does not exist")
        .contains(":9").doesNotContain("\tat ");
  }

  @Test
  void check_aRevisionMixingDdlWithQueriesAndSettings_replaysAsWritten() throws Exception {
    // a query and a setting between batches of DDL, a comment before a statement: each in its place
    Path p = withSecondRevision(PG.newDatabase(), "CREATE TABLE users (id bigint PRIMARY KEY, email varchar(100) NOT NULL);\n"
        + "CREATE SCHEMA app;\nCREATE TABLE app.a (id int);\nCREATE TABLE app.b (id int);\n"
        + "CREATE INDEX ix_b ON app.b (id);\n",
        "CREATE SCHEMA app;\nSELECT count(*) FROM users;\nSET search_path TO app;\nCREATE TABLE a (id int);\n"
            + "-- the second table\nCREATE TABLE b (id int);\nCREATE INDEX ix_b ON b (id);\nRESET search_path;\n",
        "DROP SCHEMA app CASCADE;\n");

    Cli.Result check = Cli.run(p, Map.of("RETORT_CACHE_DIR", tmp.resolve("cache").toString()), "check");
    assertThat(check.exitCode()).as(check.err() + check.out()).isZero();
  }

  /**
   * The project of {@link #project}, without dev_url (temporary scratch databases on the server of
   * url), with a second revision of these upgrade and downgrade statements (its upgrade starts on line 7).
   */
  private Path withSecondRevision(TestDb.Pg db, String schemaSql, String upgrade, String downgrade) throws Exception {
    Path p = project(db, db, schemaSql);
    Files.writeString(p.resolve("retort.toml"), "script_location = \"migrations\"\nurl = \"" + db.url()
        + "\"\nschema = \"schema.sql\"\n");
    Files.writeString(p.resolve("migrations/versions/aaaa00000002_more.sql"),
        "-- Revision: aaaa00000002\n-- Revises: aaaa00000001\n-- Message: more\n-- Create-Date: 2026-03-01T10:00:00Z\n\n"
            + "-- +upgrade\n" + upgrade + "\n-- +downgrade\n" + downgrade);
    return p;
  }

  private static Path copy(Path from, Path to) throws java.io.IOException {
    try (var files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    return to;
  }
}
