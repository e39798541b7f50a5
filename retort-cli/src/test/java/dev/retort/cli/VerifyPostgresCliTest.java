package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.ops.PgServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code retort verify} on PostgreSQL (embedded): the project's url names a database on the server,
 * and verify runs on a temporary database it creates there.
 */
class VerifyPostgresCliTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  @TempDir Path dir;
  TestProject p;
  String url;

  @BeforeEach
  void project() throws Exception {
    try (Connection c = PG.newDatabase()) {
      url = c.getMetaData().getURL() + "?user=postgres&password=postgres";
    }
    p = TestProject.in(dir.resolve("p"));
    p.file("retort.toml", "script_location = \"migrations\"\nurl = \"" + url + "\"\n");
  }

  CliRun.Result run(String... args) {
    return CliRun.run(p.dir(), Map.of("RETORT_CACHE_DIR", dir.resolve("cache").toString()), args);
  }

  void people(String downgrade) {
    CheckCliTest.revision(p, "aaaa00000001", "", "create users",
        "CREATE TABLE users (id BIGINT PRIMARY KEY, name TEXT NOT NULL);", "DROP TABLE users;");
    CheckCliTest.revision(p, "aaaa00000002", "aaaa00000001", "people with moods",
        "CREATE TYPE mood AS ENUM ('happy', 'sad');\nCREATE TABLE people (id BIGINT PRIMARY KEY, mood mood);\n"
            + "CREATE INDEX ix_people_mood ON people (mood);", downgrade);
    CheckCliTest.revision(p, "aaaa00000003", "aaaa00000002", "add email",
        "ALTER TABLE users ADD COLUMN email TEXT;", "ALTER TABLE users DROP COLUMN email;");
  }

  @Test
  void cleanHistory_passes_onATemporaryDatabase() throws Exception {
    people("DROP TABLE people;\nDROP TYPE mood;");
    CliRun.Result r = run("verify");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.outLines().get(0)).startsWith("verify on temporary database");
    assertThat(r.outLines()).contains("ok    aaaa00000002  people with moods",
        "ok    base: downgrade to base leaves an empty schema");
    try (Connection c = PG.newDatabase(); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT count(*) FROM pg_database WHERE datname LIKE 'retort_scratch%'")) {
      rows.next();
      assertThat(rows.getInt(1)).as("temporary databases dropped").isZero();
    }
  }

  @Test
  void downgradeForgetsTheEnumType_namesTheType() {
    people("DROP TABLE people;");
    CliRun.Result r = run("verify");
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.outLines()).contains("ok    aaaa00000001  create users", "FAIL  aaaa00000002  people with moods",
        "--    aaaa00000003  add email  (not run)");
    assertThat(r.out()).contains("downgrade of aaaa00000002 does not restore the schema from before its upgrade:"
        + " left behind: enum type mood (happy, sad)");
  }

  @Test
  void downgradeForgetsAColumn_namesTheColumn() {
    people("DROP TABLE people;\nDROP TYPE mood;");
    CheckCliTest.revision(p, "aaaa00000003", "aaaa00000002", "add email", "ALTER TABLE users ADD COLUMN email TEXT;",
        "SELECT 1;");
    CliRun.Result r = run("verify", "--json");
    assertThat(r.exitCode()).isEqualTo(1);
    var revisions = r.json().get("revisions");
    assertThat(revisions.get(1).get("outcome").asText()).isEqualTo("passed");
    assertThat(revisions.get(2).get("outcome").asText()).isEqualTo("failed");
    var stairway = revisions.get(2).get("checks").get(2);
    assertThat(stairway.get("name").asText()).isEqualTo("stairway");
    assertThat(stairway.get("details").get(0).asText()).isEqualTo("left behind: column users.email");
  }
}
