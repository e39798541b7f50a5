package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A Java revision that calls {@code System.exit(0)} in a real {@code bin/retort} process: the
 * process ends promptly with status 1 (it used to wait about 11 minutes in the stop hook and
 * then exit 0), the error names the revision and the line of the call, and the version table is
 * unchanged. Where DDL rolls back, so does the step; where it commits as it runs, what the
 * revision did stays, the error lists it, and the started record awaits {@code retort resolve}.
 */
class RevisionExitTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  /** A hang detector, not a timing assertion. */
  private static final long HANG_SECONDS = 180;

  @TempDir Path tmp;

  @ParameterizedTest
  @EnumSource(Kind.class)
  void javaRevisionCallingSystemExit_failsNamingIt_andLeavesTheVersionTable(Kind kind) {
    Project p = Project.in(tmp.resolve("project"));
    Path java = exitingProject(p);
    TestDb db = kind.fresh(PG, tmp, "exit");
    RetortProcess.warmUp(tmp);

    RetortProcess.Result r = RetortProcess.start(p.dir(), db.env(), "upgrade", "head").await(HANG_SECONDS);

    assertThat(r.exitCode()).as("exit code; stderr:\n%s", r.err()).isEqualTo(1);
    List<String> errors = r.err().lines().filter(l -> l.startsWith("error")).toList();
    assertThat(errors).singleElement().asString().startsWith("error[RT-V007]: ")
        .endsWith(java.getFileName() + ":11: revision ex02 called System.exit during upgrade");
    assertThat(r.err()).contains("a revision must not end the process").doesNotContain("\tat ");
    assertThat(db.rows()).containsExactly("ex01");
    assertThat(db.history()).filteredOn(h -> !h.success()).extracting(TestDb.History::revision).containsExactly("ex02");
    if (db.ddlRollsBack()) {
      assertThat(r.err()).contains("its transaction was rolled back; the version table is at [ex01]")
          .contains("run the same command again: it continues from ex02");
      assertThat(db.userTables()).containsExactly("kept");
      assertThat(db.count("SELECT count(*) FROM kept")).isZero();
    } else {
      assertLeftForResolve(p, db, r);
    }
  }

  /**
   * H2 embedded in the retort process itself (no other process serves the file): H2's own
   * shutdown hook used to close the database before Retort's could write, so the history row
   * stayed "started" and the lease row stayed until it expired (the next run waited for it).
   */
  @org.junit.jupiter.api.Test
  void systemExitWithH2EmbeddedInTheProcess_recordsTheFailure_andReleasesTheLease() {
    Project p = Project.in(tmp.resolve("project"));
    Path java = exitingProject(p);
    TestDb db = H2TestDb.embedded(tmp.resolve("embedded"));
    RetortProcess.warmUp(tmp);

    RetortProcess.Result r = RetortProcess.start(p.dir(), db.env(), "upgrade", "head").await(HANG_SECONDS);

    assertThat(r.exitCode()).as("exit code; stderr:\n%s", r.err()).isEqualTo(1);
    assertThat(r.err()).contains("error[RT-V007]: ").contains(java.getFileName() + ":11: revision ex02 called System.exit");
    assertThat(db.rows()).containsExactly("ex01");
    assertThat(db.history()).filteredOn(h -> !h.success()).extracting(TestDb.History::revision).containsExactly("ex02");
    assertLeftForResolve(p, db, r);
  }

  /**
   * Where DDL commits as it runs: ex02's two statements stay, the error lists them and says how to
   * resolve (not that the same command continues), the next upgrade refuses until the user has
   * undone them and said so, and then ex02 runs again (and exits again).
   */
  private static void assertLeftForResolve(Project p, TestDb db, RetortProcess.Result r) {
    assertThat(r.err()).contains("this database commits DDL on its own, so each statement of ex02 committed as it ran")
        .contains("  ran:      statements 1-2\n    1: CREATE TABLE gone (id INTEGER)\n"
            + "    2: INSERT INTO kept (id) VALUES (1)\n  failed:   the revision called System.exit")
        .contains("the version table is at [ex01]")
        .contains("remove the System.exit call from upgrade()")
        .contains("retort resolve ex02 --rolled-back").contains("retort resolve ex02 --applied")
        .doesNotContain("continues from ex02").doesNotContain("rolled back;");
    assertThat(db.userTables()).containsExactlyInAnyOrder("kept", "gone");
    assertThat(db.count("SELECT count(*) FROM kept")).isEqualTo(1);

    Cli.Result refused = p.run(db.env(), "upgrade", "head").failedWith("RT-V040");
    // the exiting process released its lock (a lease too): the next run does not wait for it
    assertThat(refused.err()).contains("ex02").contains("1: CREATE TABLE gone (id INTEGER)")
        .doesNotContain("waiting for the migration lock");
    db.exec("DROP TABLE gone", "DELETE FROM kept");
    p.run(db.env(), "resolve", "ex02", "--rolled-back").succeeded();
    assertThat(db.rows()).containsExactly("ex01");
  }

  /**
   * With {@code transaction_per_migration = false} the exit rolls back the whole run where DDL
   * rolls back, so the {@code fix:} line names the run's first step as where the same command
   * starts again, as RT-V004 and RT-V006 do (it used to say "it continues from ex02").
   */
  @ParameterizedTest
  @EnumSource(Kind.class)
  void systemExitWithOneTransactionForTheRun_fixNamesTheRunsFirstStep(Kind kind) {
    Project p = Project.in(tmp.resolve("project"), "transaction_per_migration = false");
    exitingProject(p);
    TestDb db = kind.fresh(PG, tmp, "exit");
    RetortProcess.warmUp(tmp);

    RetortProcess.Result r = RetortProcess.start(p.dir(), db.env(), "upgrade", "head").await(HANG_SECONDS);

    assertThat(r.exitCode()).as("exit code; stderr:\n%s", r.err()).isEqualTo(1);
    assertThat(r.err()).contains("error[RT-V007]: ").doesNotContain("continues from ex02");
    if (db.ddlRollsBack()) {
      assertThat(r.err()).contains("transaction_per_migration = false: the whole run was rolled back")
          .contains("run the same command again: it starts again from ex01, the first step the rollback undid");
      assertThat(db.rows()).isEmpty();
      assertThat(db.userTables()).isEmpty();
    } else {
      // one transaction for the run cannot hold DDL back: ex01 committed, and ex02 is left as with one per migration
      assertThat(r.err()).doesNotContain("the whole run was rolled back");
      assertThat(db.rows()).containsExactly("ex01");
      assertLeftForResolve(p, db, r);
    }
  }

  /** ex01 creates table kept; ex02 (Java) creates gone, inserts into kept and calls System.exit(0) on line 11. */
  private static Path exitingProject(Project p) {
    p.rev("ex01", "").up("CREATE TABLE kept (id INTEGER);").down("DROP TABLE kept;").write();
    Path java = p.versions().resolve("ex02_exits.java");
    Project.write(java, """
        import dev.retort.migration.Migration;
        import dev.retort.migration.Operations;
        import dev.retort.migration.Revision;

        @Revision(id = "ex02", revises = {"ex01"}, message = "exits")
        final class Exits_ex02 implements Migration {
          @Override
          public void upgrade(Operations op) {
            op.execute("CREATE TABLE gone (id INTEGER)");
            op.execute("INSERT INTO kept (id) VALUES (1)");
            System.exit(0);
          }

          @Override
          public void downgrade(Operations op) {
          }
        }
        """);
    return java;
  }
}
