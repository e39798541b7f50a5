package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --plan} and {@code --plan --json} refuse a step exactly where the run would. */
class MigratePreviewCliTest {
  @TempDir Path dir;

  /** aaaa0001 -> bbbb0002 (no downgrade section) -> cccc0003, all applied to a SQLite file. */
  private TestProject appliedWithAnIrreversibleRevision() {
    TestProject p = TestProject.in(dir);
    p.file("retort.toml", "script_location = \"migrations\"\nurl = \"sqlite:app.db\"\n");
    p.rev("aaaa0001", "", "one").write();
    p.file("migrations/versions/bbbb0002_two.sql", """
        -- Revision: bbbb0002
        -- Revises: aaaa0001
        -- Message: two

        -- +upgrade
        CREATE TABLE two (id INTEGER);
        """);
    p.rev("cccc0003", "bbbb0002", "three").write();
    p.run("-q", "upgrade", "head").succeeded();
    return p;
  }

  @Test
  void downgradePlan_reachingARevisionWithoutDowngradeSection_failsWithTheRunsError() {
    TestProject p = appliedWithAnIrreversibleRevision();

    String refusal = p.run("downgrade", "base").failedWith("RT-V005").err();
    assertThat(refusal).contains("bbbb0002_two.sql").contains("revision bbbb0002 has no '-- +downgrade' section");

    for (List<String> args : List.of(List.of("downgrade", "--plan", "base"),
        List.of("downgrade", "--plan", "--json", "base"))) {
      assertThat(p.run(args.toArray(String[]::new)).failedWith("RT-V005").err()).as("%s", args).isEqualTo(refusal);
    }
    assertThat(p.run("current").succeeded().out()).contains("cccc0003");
  }

  @Test
  void downgradePlan_stoppingBeforeThatRevision_isShown() {
    TestProject p = appliedWithAnIrreversibleRevision();

    assertThat(p.run("downgrade", "--plan", "bbbb0002").succeeded().out()).contains("downgrade cccc0003");
    assertThat(p.run("downgrade", "--plan", "--json", "bbbb0002").succeeded().out()).contains("\"cccc0003\"");
  }
}
