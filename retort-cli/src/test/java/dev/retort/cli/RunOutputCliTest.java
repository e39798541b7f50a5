package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run prints on stderr: each "Running upgrade a -> b, message" line ends with the step's
 * duration, a run with nothing to do and {@code current} on an empty database say so in one
 * line, and -q silences all of these while JSON output stays pure.
 */
class RunOutputCliTest {
  @TempDir Path dir;

  private TestProject project() {
    TestProject p = TestProject.in(dir);
    p.file("retort.toml", "script_location = \"migrations\"\nurl = \"sqlite:run.db\"\n");
    p.rev("aaaa00000001", "", "create users").write();
    p.rev("bbbb00000002", "aaaa00000001", "add email").write();
    return p;
  }

  @Test
  void runningLines_endWithTheStepsDuration() {
    TestProject p = project();

    CliRun.Result up = p.run("upgrade", "head");

    assertThat(up.exitCode()).as("stderr:\n%s", up.err()).isZero();
    assertThat(up.out()).isEmpty();
    assertThat(up.errLines()).hasSize(2);
    assertThat(up.errLines().get(0)).matches("Running upgrade  -> aaaa00000001, create users \\(\\d+ ms\\)");
    assertThat(up.errLines().get(1)).matches("Running upgrade aaaa00000001 -> bbbb00000002, add email \\(\\d+ ms\\)");

    CliRun.Result down = p.run("downgrade", "-1");
    assertThat(down.errLines()).singleElement().asString()
        .matches("Running downgrade bbbb00000002 -> aaaa00000001, add email \\(\\d+ ms\\)");
  }

  @Test
  void downgradeOfADatabaseThatDoesNotExist_doesNothing_andCreatesNoFile() {
    TestProject p = project();

    CliRun.Result base = p.run("downgrade", "base");
    assertThat(base.exitCode()).as("stderr:\n%s", base.err()).isZero();
    assertThat(base.errLines()).containsExactly("nothing to do: already at <base>");

    CliRun.Result notApplied = p.run("downgrade", "aaaa00000001");
    assertThat(notApplied.exitCode()).isEqualTo(1);
    assertThat(notApplied.err()).contains("aaaa00000001").contains("is not applied");

    assertThat(dir.resolve("run.db")).doesNotExist();
    assertThat(dir.resolve("run.db.retort-lock")).doesNotExist();
  }

  @Test
  void failedStep_endsItsRunningLineBeforeTheError() {
    TestProject p = project();
    p.file("migrations/versions/cccc00000003_fails.sql", """
        -- Revision: cccc00000003
        -- Revises: bbbb00000002
        -- Message: fails

        -- +upgrade
        INSERT INTO no_such_table (id) VALUES (1);

        -- +downgrade
        """);

    CliRun.Result r = p.run("upgrade", "head");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.errLines().get(2)).matches("Running upgrade bbbb00000002 -> cccc00000003, fails \\(failed after \\d+ ms\\)");
    assertThat(r.errLines().get(3)).startsWith("error[RT-V004]: ");
  }

  @Test
  void upgradeWithNothingToDo_saysWhereTheDatabaseIs() {
    TestProject p = project();
    p.run("upgrade", "head");

    CliRun.Result again = p.run("upgrade", "head");
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).isEmpty();
    assertThat(again.errLines()).containsExactly("nothing to do: already at bbbb00000002");
    assertThat(p.run("upgrade", "aaaa").errLines()).containsExactly("nothing to do: already at bbbb00000002");
    assertThat(p.run("stamp", "heads").errLines()).containsExactly("nothing to do: already at bbbb00000002");

    p.run("downgrade", "base");
    assertThat(p.run("downgrade", "base").errLines()).containsExactly("nothing to do: already at <base>");
  }

  @Test
  void currentOnAnEmptyDatabase_saysNoRevisionApplied_onStderr() {
    TestProject p = project();

    CliRun.Result r = p.run("current");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).containsExactly("no revision applied");
    CliRun.Result json = p.run("current", "--json");
    assertThat(json.out().strip()).isEqualTo("[ ]");
    assertThat(json.json().isArray()).isTrue();
    assertThat(json.err()).isEmpty();
  }

  @Test
  void quiet_silencesProgressLines() {
    TestProject p = project();

    p.run("-q", "current").succeeded();
    p.run("-q", "upgrade", "head").succeeded();
    p.run("-q", "upgrade", "head").succeeded();
    p.run("-q", "downgrade", "base").succeeded();
    p.run("-q", "downgrade", "base").succeeded();
  }
}
