package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort revision --autogenerate} on SQLite: migrations' head against schema.sql. */
class RevisionAutogenerateCliTest {
  private static final String WANTED = CheckCliTest.USERS
      + "CREATE TABLE orders (\n  id INTEGER PRIMARY KEY,\n  user_id INTEGER NOT NULL REFERENCES users (id),\n"
      + "  total NUMERIC(10, 2)\n);\nCREATE INDEX ix_orders_user ON orders (user_id);\n";

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

  private static List<Path> versions(TestProject p) throws IOException {
    try (Stream<Path> files = Files.list(p.dir().resolve("migrations/versions"))) {
      return files.sorted().toList();
    }
  }

  @Test
  void sql_writesTheRevision_itApplies_andAgainSaysNoChanges() throws IOException {
    TestProject p = project(WANTED);

    CliRun.Result r = run(p, "revision", "--autogenerate", "-m", "add orders", "--rev-id", "bbbb00000002");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.errLines()).containsExactly("scratch: SQLite in memory");
    Path file = p.dir().resolve("migrations/versions/bbbb00000002_add_orders.sql");
    assertThat(r.outLines()).singleElement().asString().startsWith("Generating ")
        .endsWith("migrations/versions/bbbb00000002_add_orders.sql ... done");
    String text = Files.readString(file);
    assertThat(text).startsWith("-- Revision: bbbb00000002\n-- Revises: aaaa00000001\n-- Message: add orders\n")
        .contains("-- +upgrade\n-- createTable orders\nCREATE TABLE orders (")
        .contains("-- createIndex ix_orders_user on orders\nCREATE INDEX ix_orders_user ON orders (user_id);\n")
        .contains("-- +downgrade\n")
        .contains("-- dropTableIfExists orders\n-- retort:destructive table orders and all its rows\n"
            + "DROP TABLE IF EXISTS orders;\n");

    CliRun.Result up = run(p, "upgrade", "head");
    assertThat(up.exitCode()).as(up.err()).isZero();
    CliRun.Result again = run(p, "revision", "--autogenerate", "-m", "nothing");
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.outLines()).containsExactly("No changes detected");
    assertThat(versions(p)).hasSize(2);

    CliRun.Result down = run(p, "downgrade", "-1");
    assertThat(down.exitCode()).as(down.err()).isZero();
  }

  @Test
  void equalSchemas_noChangesDetected_noFile() throws IOException {
    TestProject p = project(CheckCliTest.USERS);

    CliRun.Result r = run(p, "revision", "--autogenerate", "-m", "nothing to do");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.outLines()).containsExactly("No changes detected");
    assertThat(versions(p)).hasSize(1);
  }

  @Test
  void java_writesARevisionThatCompilesAndApplies_andAgainSaysNoChanges() throws IOException {
    TestProject p = project(WANTED);

    CliRun.Result r = run(p, "revision", "--autogenerate", "--java", "-m", "add orders", "--rev-id", "bbbb00000002");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.outLines()).singleElement().asString().startsWith("Generating ")
        .endsWith("migrations/versions/bbbb00000002_add_orders.java ... done");
    String text = Files.readString(p.dir().resolve("migrations/versions/bbbb00000002_add_orders.java"));
    assertThat(text).contains("import dev.retort.migration.Column;\n").contains("import dev.retort.migration.Table;\n")
        .contains("  public void upgrade(Operations op) {\n    // createTable orders\n    op.createTable(Table.named(\"orders\")")
        .contains("    // retort:destructive table orders and all its rows\n    op.dropTableIfExists(\"orders\");\n");

    CliRun.Result up = run(p, "upgrade", "head");
    assertThat(up.exitCode()).as(up.err()).isZero();
    CliRun.Result again = run(p, "revision", "--autogenerate", "--java", "-m", "nothing");
    assertThat(again.outLines()).as(again.err()).containsExactly("No changes detected");
    assertThat(run(p, "downgrade", "-1").exitCode()).isZero();
  }

  @Test
  void likelyRename_warnedOnStderrAndInTheFile_andLintFlagsTheDrop() throws IOException {
    TestProject p = project("CREATE TABLE users (\n  id INTEGER PRIMARY KEY,\n  mail TEXT NOT NULL\n);\n");

    CliRun.Result r = run(p, "revision", "--autogenerate", "-m", "rename email", "--rev-id", "bbbb00000002");

    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> warnings = r.errLines().stream().filter(l -> l.startsWith("warning: ")).toList();
    assertThat(warnings).isNotEmpty().allSatisfy(w -> assertThat(w).contains("email").contains("mail"));
    String text = Files.readString(p.dir().resolve("migrations/versions/bbbb00000002_rename_email.sql"));
    assertThat(text).contains("-- +upgrade\n-- " + warnings.get(0))
        .contains("-- retort:destructive column users.email and its values\n");

    CliRun.Result lint = run(p, "lint");
    assertThat(lint.exitCode()).isEqualTo(1);
    assertThat(lint.out()).contains("bbbb00000002_rename_email.sql:")
        .contains("error[RT208] the next operation is destructive: it loses column users.email and its values");
  }

  @Test
  void brokenSchemaFile_error_andNothingWritten() throws IOException {
    TestProject p = project("CREATE TABLE users (id INTEGER PRIMARY KEY;\n");

    CliRun.Result r = run(p, "revision", "--autogenerate", "-m", "broken");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("error[RT-M001]");
    CliRun.assertNoStackTrace(r.err());
    assertThat(versions(p)).hasSize(1);
  }

  @Test
  void urlWithoutAutogenerate_isAUsageError() {
    TestProject p = project(CheckCliTest.USERS);

    CliRun.Result r = run(p, "revision", "-m", "x", "--url", "sqlite:other.db");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--url and --classpath need --autogenerate");
  }
}
