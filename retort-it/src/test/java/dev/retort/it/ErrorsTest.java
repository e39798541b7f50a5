package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Failures a user meets: an unreachable database (password never shown), a version row with no
 * script, a target that does not resolve; and the URL forms and precedence that must work.
 */
class ErrorsTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  private static final String SECRET = "secretpw";

  @TempDir Path tmp;

  private Project threeRevisions() {
    Project p = Project.in(tmp.resolve("project"));
    p.rev("er1", "").table().write();
    p.rev("er2", "er1").table().write();
    p.rev("er3", "er2").table().write();
    return p;
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "postgresql://u:" + SECRET + "@localhost:1/db",
      "postgresql+psycopg2://u:" + SECRET + "@localhost:1/db?sslmode=disable",
      "jdbc:postgresql://localhost:1/db?user=u&password=" + SECRET,
      "jdbc:postgresql://localhost:notaport/db?user=u&password=" + SECRET,
      // SQLAlchemy takes everything up to the '@' as the password, '/' and '+' included
      "postgresql://u:" + SECRET + "/x+y=@localhost:1/db",
      // an unencoded '@' in the password: masked (and taken) up to the last '@'
      "postgresql://u:pw@" + SECRET + "@localhost:1/db",
      "jdbc:postgresql://localhost:1/db?user=u&password=pw@" + SECRET,
      // MySQL Connector/J and MariaDB Connector/J
      "mysql+pymysql://u:" + SECRET + "@localhost:1/db?charset=utf8mb4",
      "jdbc:mariadb://localhost:1/db?user=u&password=" + SECRET})
  void unreachableDatabaseNeverShowsThePassword(String url) {
    Project p = threeRevisions();
    for (List<String> args : List.of(
        List.of("upgrade", "head"), List.of("-v", "upgrade", "head"), List.of("-v", "downgrade", "base"),
        List.of("current"), List.of("-v", "current", "--json"), List.of("-v", "status"),
        List.of("-v", "upgrade", "--plan", "--json", "head"), List.of("-v", "stamp", "head"),
        List.of("-v", "lint", "--url", url), List.of("history", "--indicate-current"),
        List.of("-v", "current", "--verbose"))) {
      Cli.Result r = p.run(Map.of("RETORT_URL", url), args.toArray(String[]::new));
      assertThat(r.exitCode()).as("%s: %s", args, r.err()).isEqualTo(1);
      assertThat(r.err()).as("%s", args).contains("error[RT-D002]").contains("localhost:");
      assertThat(r.out() + r.err()).as("%s", args).doesNotContain(SECRET);
    }
    // given with --url, and through the real launcher with -v
    Cli.Result flag = p.run(Map.of(), "--url", url, "-v", "upgrade", "head");
    assertThat(flag.err()).contains("error[RT-D002]");
    assertThat(flag.out() + flag.err()).doesNotContain(SECRET);
    RetortProcess.Result proc = RetortProcess.start(p.dir(), Map.of("RETORT_URL", url), "-v", "upgrade", "head").await(120);
    assertThat(proc.exitCode()).isEqualTo(1);
    assertThat(proc.err()).contains("error[RT-D002]");
    assertThat(proc.out() + proc.err()).doesNotContain(SECRET);
  }

  @Test
  void serverSideConnectionErrorDoesNotShowThePasswordEither() {
    Project p = threeRevisions();
    TestDb.Pg db = PG.newDatabase();
    String url = "postgresql://postgres:" + SECRET + "@localhost:" + db.port() + "/no_such_database";
    Cli.Result r = p.run(Map.of("RETORT_URL", url), "-v", "upgrade", "head");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("error[RT-D002]").contains("no_such_database");
    assertThat(r.out() + r.err()).doesNotContain(SECRET);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void versionRowWithoutAScriptIsReportedAndNothingChanges(Kind kind) throws Exception {
    Project p = threeRevisions();
    TestDb db = kind.fresh(PG, tmp, "missing");
    p.run(db.env(), "upgrade", "head").succeeded();
    List<TestDb.History> history = db.history();
    Files.delete(p.path("er3"));

    for (List<String> args : List.of(List.of("upgrade", "head"), List.of("downgrade", "base"), List.of("downgrade", "-1"),
        List.of("current"), List.of("stamp", "er2"))) {
      Cli.Result r = p.run(db.env(), args.toArray(String[]::new));
      assertThat(r.exitCode()).as("%s: %s", args, r.err()).isEqualTo(1);
      assertThat(r.err()).as("%s", args).contains("error[RT-V001]").contains("er3").contains("was the file deleted?");
      assertThat(db.rows()).containsExactly("er3");
      assertThat(db.userTables()).containsExactlyInAnyOrder("t_er1", "t_er2", "t_er3");
      assertThat(db.history()).isEqualTo(history);
    }
    // the way out the message names
    p.run(db.env(), "stamp", "--purge", "er2").succeeded();
    assertThat(db.rows()).containsExactly("er2");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void versionRowThatIsNoRevisionIdIsReportedAndStampPurgeRepairsIt(Kind kind) {
    Project p = threeRevisions();
    TestDb db = kind.fresh(PG, tmp, "badrow");
    p.run(db.env(), "upgrade", "er2").succeeded();
    db.exec("INSERT INTO retort_version (version_num) VALUES ('not a rev')");
    List<TestDb.History> history = db.history();

    for (List<String> args : List.of(List.of("upgrade", "head"), List.of("current"), List.of("stamp", "er3"))) {
      Cli.Result r = p.run(db.env(), args.toArray(String[]::new));
      assertThat(r.exitCode()).as("%s: %s", args, r.err()).isEqualTo(1);
      assertThat(r.err()).as("%s", args).contains("error[RT-V003]").contains("'not a rev'")
          .contains("retort stamp <revision> --purge");
      assertThat(db.query("SELECT version_num FROM retort_version ORDER BY version_num"))
          .containsExactly(List.of("er2"), List.of("not a rev"));
      assertThat(db.userTables()).containsExactlyInAnyOrder("t_er1", "t_er2");
      assertThat(db.history()).isEqualTo(history);
    }
    // the fix the message names can be previewed first, and changes nothing then
    Cli.Result preview = p.run(db.env(), "stamp", "--purge", "--plan", "er2").succeeded();
    assertThat(preview.out()).contains("er2");
    assertThat(db.query("SELECT version_num FROM retort_version ORDER BY version_num"))
        .containsExactly(List.of("er2"), List.of("not a rev"));
    // the fix: purge empties the table whatever it holds, as Alembic's does
    p.run(db.env(), "stamp", "--purge", "er2").succeeded();
    assertThat(db.query("SELECT version_num FROM retort_version")).containsExactly(List.of("er2"));
    p.run(db.env(), "upgrade", "head").succeeded();
    assertThat(db.rows()).containsExactly("er3");

    db.exec("INSERT INTO retort_version (version_num) VALUES ('')");
    p.run(db.env(), "stamp", "--purge", "base").succeeded();
    assertThat(db.query("SELECT version_num FROM retort_version")).isEmpty();
    assertThat(db.userTables()).containsExactlyInAnyOrder("t_er1", "t_er2", "t_er3");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void targetThatDoesNotResolveChangesNothing(Kind kind) {
    Project p = threeRevisions();
    TestDb db = kind.fresh(PG, tmp, "target");

    Cli.Result r = p.run(db.env(), "upgrade", "nosuchrev");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("error[RT-G004]").contains("nosuchrev");
    assertThat(db.tables()).as("not even the version table").isEmpty();

    p.run(db.env(), "upgrade", "er2").succeeded();
    List<TestDb.History> history = db.history();
    for (List<String> args : List.of(List.of("downgrade", "nosuchrev"), List.of("stamp", "nosuchrev"),
        List.of("upgrade", "zzz@head"), List.of("upgrade", "--sql", "base:nosuchrev"))) {
      Cli.Result again = p.run(db.env(), args.toArray(String[]::new));
      assertThat(again.exitCode()).as("%s", args).isEqualTo(1);
      assertThat(again.err()).as("%s", args).contains("error[RT-G004]");
      assertThat(db.rows()).containsExactly("er2");
      assertThat(db.userTables()).containsExactlyInAnyOrder("t_er1", "t_er2");
      assertThat(db.history()).isEqualTo(history);
    }
  }

  @Test
  void sqlAlchemyPostgresUrlsWork() {
    Project p = threeRevisions();
    TestDb.Pg db = PG.newDatabase();
    p.run(Map.of("RETORT_URL", "postgresql://postgres:any@localhost:" + db.port() + "/" + db.name()), "upgrade", "er1")
        .succeeded();
    p.run(Map.of("RETORT_URL", "postgresql+psycopg2://postgres@localhost:" + db.port() + "/" + db.name()), "upgrade", "er2")
        .succeeded();
    p.run(Map.of("RETORT_URL", "postgres://postgres@localhost:" + db.port() + "/" + db.name()), "upgrade", "er3")
        .succeeded();
    assertThat(db.rows()).containsExactly("er3");
    assertThat(db.userTables()).containsExactlyInAnyOrder("t_er1", "t_er2", "t_er3");
  }

  @Test
  void sqlAlchemyPasswordIsTakenAsSqlAlchemyTakesIt() throws Exception {
    Project p = threeRevisions();
    TestDb.Pg db = PG.newDatabase();
    String password = "s3c/r+t=:x";
    requirePasswordFor(db, "pwuser", password);

    // as written (SQLAlchemy reads up to the '@' and percent-decodes; '+' is a plus, not a space)
    String plain = "postgresql://pwuser:" + password + "@localhost:" + db.port() + "/" + db.name();
    Cli.Result r = p.run(Map.of("RETORT_URL", plain), "upgrade", "er1");
    assertThat(r.out() + r.err()).doesNotContain(password).doesNotContain("r+t=");
    r.succeeded();
    // percent-encoded
    String encoded = "postgresql://pwuser:s3c%2Fr%2Bt%3D%3Ax@localhost:" + db.port() + "/" + db.name();
    p.run(Map.of("RETORT_URL", encoded), "upgrade", "er2").succeeded();
    assertThat(db.rows()).containsExactly("er2");
    // and a wrong one is refused by the server, without showing it
    Cli.Result wrong = p.run(Map.of("RETORT_URL", plain.replace("r+t", "r t")), "upgrade", "er3");
    assertThat(wrong.err()).contains("error[RT-D002]").contains("password authentication failed");
    assertThat(wrong.out() + wrong.err()).doesNotContain("s3c");
  }

  /** Makes the embedded server (trust by default) ask this role for its password over TCP. */
  private static void requirePasswordFor(TestDb.Pg db, String role, String password) throws Exception {
    db.exec("SET password_encryption = 'scram-sha-256'", "CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'",
        "GRANT ALL ON DATABASE " + db.name() + " TO " + role, "ALTER DATABASE " + db.name() + " OWNER TO " + role);
    Path hba = Path.of((String) db.query("SHOW hba_file").get(0).get(0));
    String rules = "host all " + role + " 127.0.0.1/32 scram-sha-256\nhost all " + role + " ::1/128 scram-sha-256\n";
    String current = Files.readString(hba);
    if (!current.startsWith(rules)) {
      Files.writeString(hba, rules + current);
    }
    db.exec("SELECT pg_reload_conf()");
    java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
    while (true) {
      try (java.sql.Connection c = java.sql.DriverManager.getConnection(
          "jdbc:postgresql://localhost:" + db.port() + "/" + db.name(), role, "not-" + password)) {
        assertThat(java.time.Instant.now()).as("server reloaded pg_hba.conf").isBefore(deadline);
        Thread.sleep(50);
      } catch (java.sql.SQLException refused) {
        return;
      }
    }
  }

  @Test
  void sqlAlchemySqliteUrlsWork() {
    Project p = threeRevisions();
    Cli.Result rel = p.run(Map.of("RETORT_URL", "sqlite:///rel.db"), "upgrade", "head").succeeded();
    assertThat(rel.err()).contains("Running upgrade er2 -> er3");
    assertThat(new TestDb.Sqlite(p.dir().resolve("rel.db")).rows()).containsExactly("er3");

    Path abs = tmp.resolve("elsewhere").resolve("abs.db");
    abs.getParent().toFile().mkdirs();
    assertThat(abs.toString()).startsWith("/");
    p.run(Map.of("RETORT_URL", "sqlite:///" + abs), "upgrade", "er2").succeeded();
    assertThat(new TestDb.Sqlite(abs).rows()).containsExactly("er2");
    assertThat(p.dir().resolve(abs.toString().substring(1))).doesNotExist();

    // and in retort.toml, relative to the file's folder even when run from elsewhere
    p.config("url = \"sqlite:///from_toml.db\"");
    Cli.Result fromToml = Cli.run(tmp, Map.of(), "-c", p.dir().resolve("retort.toml").toString(), "upgrade", "er1");
    fromToml.succeeded();
    assertThat(new TestDb.Sqlite(p.dir().resolve("from_toml.db")).rows()).containsExactly("er1");
  }

  @Test
  void retortUrlBeatsDatabaseUrl() {
    Project p = threeRevisions();
    TestDb.Sqlite chosen = new TestDb.Sqlite(tmp.resolve("chosen.db"));
    TestDb.Sqlite ignored = new TestDb.Sqlite(tmp.resolve("ignored.db"));

    p.run(Map.of("RETORT_URL", chosen.url(), "DATABASE_URL", ignored.url()), "upgrade", "head").succeeded();
    assertThat(chosen.rows()).containsExactly("er3");
    assertThat(ignored.file()).doesNotExist();

    // an unreachable DATABASE_URL does not matter when RETORT_URL is set
    p.run(Map.of("RETORT_URL", chosen.url(), "DATABASE_URL", "postgresql://u:" + SECRET + "@localhost:1/db"),
        "downgrade", "er1").succeeded();
    assertThat(chosen.rows()).containsExactly("er1");

    // DATABASE_URL alone is used
    p.run(Map.of("DATABASE_URL", ignored.url()), "upgrade", "er2").succeeded();
    assertThat(ignored.rows()).containsExactly("er2");
    // --url beats both
    TestDb.Sqlite flag = new TestDb.Sqlite(tmp.resolve("flag.db"));
    p.run(Map.of("RETORT_URL", chosen.url(), "DATABASE_URL", ignored.url()), "--url", flag.url(), "upgrade", "er1")
        .succeeded();
    assertThat(flag.rows()).containsExactly("er1");
    assertThat(chosen.rows()).containsExactly("er1");
    assertThat(ignored.rows()).containsExactly("er2");
  }
}
