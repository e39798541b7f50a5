package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 end to end through the command line, on a file database named in {@code retort.toml} by a
 * relative short URL: upgrade, downgrade and stamp, and an offline script that H2's own RUNSCRIPT
 * runs. The width guard on H2 is in the parameterised {@link WidthGuardTest}.
 */
class H2CommandsTest {
  private static final String LONG_ID = "013_add_discovering_session_status";

  @TempDir Path tmp;

  private Project project(String... toml) {
    String[] lines = new String[toml.length + 1];
    lines[0] = "url = \"h2:./data/app\"";
    System.arraycopy(toml, 0, lines, 1, toml.length);
    Project p = Project.in(tmp, lines);
    p.rev("001_init", "").message("init").up("CREATE TABLE accounts (id INTEGER PRIMARY KEY);")
        .down("DROP TABLE accounts;").write();
    p.rev("002_add_users", "001_init").message("add users")
        .up("CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(320) NOT NULL);\n"
            + "INSERT INTO users (id, email) VALUES (1, 'a@example.com');")
        .down("DROP TABLE users;").write();
    p.rev(LONG_ID, "002_add_users").message("add discovering session status")
        .up("CREATE TABLE sessions (id INTEGER PRIMARY KEY, status VARCHAR(20));").down("DROP TABLE sessions;").write();
    return p;
  }

  /** The project's database, read by the test through the same file (the CLI runs closed it). */
  private H2TestDb database() {
    return new H2TestDb(tmp.resolve("data/app"));
  }

  @Test
  void upgradeDowngradeAndStamp_onARelativeFileUrl() {
    Project p = project();

    Cli.Result up = p.run(Map.of(), "upgrade", "head").succeeded();
    assertThat(up.errLines().stream().filter(l -> l.startsWith("Running upgrade"))
        .map(l -> l.replaceAll(" \\(\\d+ ms\\)$", ""))).containsExactly(
        "Running upgrade  -> 001_init, init", "Running upgrade 001_init -> 002_add_users, add users",
        "Running upgrade 002_add_users -> " + LONG_ID + ", add discovering session status");
    assertThat(tmp.resolve("data/app.mv.db")).as("the file next to retort.toml").exists();
    try (H2TestDb db = database()) {
      assertThat(db.rows()).containsExactly(LONG_ID);
      assertThat(db.userTables()).containsExactlyInAnyOrder("accounts", "users", "sessions");
      assertThat(db.count("SELECT count(*) FROM users")).isEqualTo(1);
      assertThat(db.history()).extracting(h -> h.revision() + " " + h.direction() + " " + h.success())
          .containsExactly("001_init upgrade true", "002_add_users upgrade true", LONG_ID + " upgrade true");
    }

    p.run(Map.of(), "downgrade", "-1").succeeded();
    try (H2TestDb db = database()) {
      assertThat(db.rows()).containsExactly("002_add_users");
      assertThat(db.userTables()).containsExactlyInAnyOrder("accounts", "users");
    }
    assertThat(p.run(Map.of(), "current").succeeded().out()).contains("002_add_users");

    p.run(Map.of(), "stamp", "001_init").succeeded();
    try (H2TestDb db = database()) {
      assertThat(db.rows()).containsExactly("001_init");
      assertThat(db.userTables()).as("a stamp runs nothing").containsExactlyInAnyOrder("accounts", "users");
    }

    p.run(Map.of(), "downgrade", "base").succeeded();
    try (H2TestDb db = database()) {
      assertThat(db.rows()).isEmpty();
      assertThat(db.userTables()).containsExactly("users");
      assertThat(db.query("SELECT owner FROM retort_lock")).as("every run released its lock").isEmpty();
    }
  }

  @Test
  void offlineScript_runsOnAFreshDatabase() throws Exception {
    Project p = project();
    String script = p.run(Map.of(), "upgrade", "--sql", "head").succeeded().out();
    assertThat(script).contains("-- Running upgrade 002_add_users -> " + LONG_ID)
        .contains("CREATE TABLE IF NOT EXISTS retort_version (version_num VARCHAR(255) NOT NULL");

    try (H2TestDb db = new H2TestDb(tmp.resolve("offline"))) {
      db.exec("RUNSCRIPT FROM '" + write(script) + "'");
      assertThat(db.rows()).containsExactly(LONG_ID);
      assertThat(db.userTables()).containsExactlyInAnyOrder("accounts", "users", "sessions");
    }
  }

  private Path write(String script) throws java.io.IOException {
    Path file = tmp.resolve("upgrade.sql");
    Files.writeString(file, script);
    return file;
  }
}
