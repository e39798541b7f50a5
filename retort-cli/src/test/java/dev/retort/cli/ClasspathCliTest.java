package dev.retort.cli;

import static dev.retort.script.TestJars.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.script.TestJars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project whose revisions are in an application jar, named by {@code classpath:} and the {@code classpath} key. */
class ClasspathCliTest {
  static final String FIRST = "-- Revision: a1\n-- Revises:\n-- Message: first\n\n-- +upgrade\nCREATE TABLE t (id INTEGER);\n"
      + "\n-- +downgrade\nDROP TABLE t;\n";
  static final String ORDERS = """
      package db.retort;

      import dev.retort.migration.Migration;
      import dev.retort.migration.Operations;
      import dev.retort.migration.Revision;

      @Revision(id = "c3", revises = "a1", message = "add orders")
      public final class AddOrders implements Migration {
        public void upgrade(Operations op) {
          op.execute("CREATE TABLE orders (id INTEGER)");
        }

        public void downgrade(Operations op) {
          op.execute("DROP TABLE orders");
        }
      }
      """;

  @TempDir Path dir;

  @BeforeEach
  void project() throws IOException {
    Path classes = TestJars.compile(dir.resolve("build/classes"), Map.of("db/retort/AddOrders.java", ORDERS));
    Map<String, byte[]> entries = new HashMap<>(TestJars.filesUnder(classes));
    entries.put("db/retort/a1_first.sql", utf8(FIRST));
    TestJars.jar(dir.resolve("app.jar"), entries);
    toml("classpath:db/retort");
  }

  private void toml(String location) throws IOException {
    Files.writeString(dir.resolve("retort.toml"), "version_locations = [\"" + location + "\"]\n"
        + "classpath = [\"app.jar\"]\nurl = \"sqlite:app.db\"\n");
  }

  @Test
  void graphCommands_showClassPathRevisions() {
    CliRun.Result history = CliRun.run(dir, Map.of(), "history", "--json").succeeded();

    assertThat(history.json().findValuesAsText("path"))
        .containsExactly("classpath:db/retort/AddOrders.class", "classpath:db/retort/a1_first.sql");
    assertThat(CliRun.run(dir, Map.of(), "heads").succeeded().out()).contains("c3 (head)");
  }

  @Test
  void lint_readsClassPathRevisions() {
    CliRun.Result lint = CliRun.run(dir, Map.of(), "lint", "--format", "json");

    CliRun.assertNoStackTrace(lint.err());
    assertThat(lint.exitCode()).as(lint.out() + lint.err()).isZero();
  }

  @Test
  void upgrade_thenStatus_fromTheJar() {
    CliRun.Result upgrade = CliRun.run(dir, Map.of(), "upgrade", "head");

    assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
    assertThat(upgrade.err()).contains("Running upgrade a1 -> c3, add orders");

    CliRun.Result status = CliRun.run(dir, Map.of(), "status", "--json").succeeded();
    assertThat(status.json().findValuesAsText("state")).containsExactly("applied", "applied");
    assertThat(CliRun.run(dir, Map.of(), "current").succeeded().out()).contains("c3");
  }

  @Test
  void revision_onAClassPathOnlyProject_failsWithTheFix() {
    CliRun.Result result = CliRun.run(dir, Map.of(), "revision", "-m", "add x").failedWith("RT-A001");

    assertThat(result.err()).contains("classpath:db/retort", "read-only", "src/main/resources/db/retort");
  }

  @Test
  void missingClassPathLocation_failsNamingIt() throws IOException {
    toml("classpath:db/migrations");

    CliRun.Result result = CliRun.run(dir, Map.of(), "heads").failedWith("RT-S006");

    assertThat(result.err()).contains("classpath:db/migrations", "retort-revisions");
  }
}
