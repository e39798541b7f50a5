package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks a run makes before its first step: a preview ({@code --plan}, {@code --plan --json},
 * {@code --sql}) refuses exactly where the run would, and a step that cannot run (no downgrade
 * section, CONCURRENTLY in a transactional revision) stops the run before anything is applied.
 */
class PreflightTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  private static final String CIC = "CREATE INDEX CONCURRENTLY pf_b_v ON pf_b (v);";

  @TempDir Path tmp;

  @Test
  void downgradePreview_refusesTheRevisionWithoutADowngradeSection_asTheRunDoes() {
    Project p = Project.in(tmp.resolve("project"));
    p.rev("pf1", "").message("one").table().write();
    p.rev("pf2", "pf1").message("two").up("CREATE TABLE t_pf2 (id INTEGER);").write(); // no -- +downgrade
    p.rev("pf3", "pf2").message("three").table().write();
    TestDb db = new TestDb.Sqlite(tmp.resolve("pf.db"));
    p.run(db.env(), "upgrade", "head").succeeded();

    Cli.Result run = p.run(db.env(), "downgrade", "base").failedWith("RT-V005");
    String refusal = run.errLines().get(0);
    assertThat(refusal).contains(p.path("pf2").getFileName().toString()).contains("no '-- +downgrade' section");
    assertThat(db.rows()).containsExactly("pf3");

    for (List<String> preview : List.of(List.of("downgrade", "--plan", "base"),
        List.of("downgrade", "--plan", "--json", "base"), List.of("downgrade", "--sql", "pf3:base"))) {
      Cli.Result r = p.run(db.env(), preview.toArray(String[]::new)).failedWith("RT-V005");
      assertThat(r.errLines()).as("%s", preview).first().isEqualTo(refusal);
      assertThat(r.out()).as("%s", preview).isEmpty();
    }
    // a preview that stops before that revision is fine, as the run is
    assertThat(p.run(db.env(), "downgrade", "--plan", "pf2").succeeded().out()).contains("downgrade pf3");
    assertThat(p.run(db.env(), "downgrade", "--plan", "--json", "pf2").succeeded().json().get("steps")).hasSize(1);
    assertThat(db.rows()).containsExactly("pf3");
  }

  /** pf_a (fine) -> pf_b (transactional, with CREATE INDEX CONCURRENTLY). */
  private Project concurrentlyInATransaction() {
    Project p = Project.in(tmp.resolve("project"));
    p.rev("pfa", "").message("create a").up("CREATE TABLE pf_a (id INTEGER);").down("DROP TABLE pf_a;").write();
    p.rev("pfb", "pfa").message("index b").up("""
        CREATE TABLE pf_b (id INTEGER, v TEXT);
        -- the index is built without blocking writes
        %s
        """.formatted(CIC)).down("DROP TABLE pf_b;").write();
    return p;
  }

  @Test
  void upgrade_refusesConcurrentlyInATransactionalRevisionBeforeAnythingIsApplied() {
    Project p = concurrentlyInATransaction();
    TestDb.Pg db = PG.newDatabase();

    Cli.Result r = p.run(db.env(), "upgrade", "head").failedWith("RT-V008");

    assertThat(r.err())
        .contains(p.path("pfb").getFileName() + ":" + p.lineOf("pfb", "CONCURRENTLY") + ":")
        .contains("CREATE INDEX CONCURRENTLY pf_b_v ON pf_b (v)")
        .contains("fix: add the header line '-- Transactional: false'")
        .doesNotContain("Running upgrade")
        .doesNotContain("\tat ");
    assertThat(db.rows()).isEmpty();
    assertThat(db.userTables()).isEmpty();
    assertThat(db.history()).isEmpty();

    // the previews refuse the same way
    String refusal = r.errLines().get(0);
    for (List<String> preview : List.of(List.of("upgrade", "--plan", "head"), List.of("upgrade", "--plan", "--json",
        "head"), List.of("upgrade", "--sql", "head"))) {
      Cli.Result previewed = p.run(db.env(), preview.toArray(String[]::new)).failedWith("RT-V008");
      assertThat(previewed.errLines()).as("%s", preview).first().isEqualTo(refusal);
      assertThat(previewed.out()).as("%s", preview).isEmpty();
    }

    // the fix the message names works: split the index into its own non-transactional revision
    p.rev("pfb", "pfa").message("index b").up("CREATE TABLE pf_b (id INTEGER, v TEXT);").down("DROP TABLE pf_b;")
        .write();
    p.rev("pfc", "pfb").message("index b concurrently").nonTransactional().up(CIC)
        .down("DROP INDEX CONCURRENTLY pf_b_v;").write();
    p.run(db.env(), "upgrade", "head").succeeded();
    assertThat(db.rows()).containsExactly("pfc");
  }

  @Test
  void concurrentlyIsFineWhereTheStepRunsOutsideATransaction() {
    Project p = Project.in(tmp.resolve("project"));
    p.rev("pfa", "").message("create a").up("CREATE TABLE pf_a (id INTEGER, v TEXT);").down("DROP TABLE pf_a;")
        .write();
    p.rev("pfb", "pfa").message("index a").nonTransactional()
        .up("CREATE INDEX CONCURRENTLY pf_a_v ON pf_a (v);").down("DROP INDEX CONCURRENTLY pf_a_v;").write();
    TestDb.Pg db = PG.newDatabase();

    assertThat(p.run(db.env(), "upgrade", "--plan", "head").succeeded().out()).contains("upgrade pfb");
    p.run(db.env(), "upgrade", "head").succeeded();
    p.run(db.env(), "downgrade", "base").succeeded();
    assertThat(db.userTables()).isEmpty();
  }
}
