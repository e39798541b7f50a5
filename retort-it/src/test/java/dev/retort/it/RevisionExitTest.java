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
 * then exit 0), the error names the revision and the line of the call, the step is rolled back
 * and the version table is unchanged.
 */
class RevisionExitTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  /** A hang detector, not a timing assertion. */
  private static final long HANG_SECONDS = 180;

  @TempDir Path tmp;

  @ParameterizedTest
  // rolls DDL back: not on H2 or MariaDB, whose DDL commits as it runs (StartedRecordTest covers them)
  @EnumSource(value = Kind.class, names = {"POSTGRES", "SQLITE"})
  void javaRevisionCallingSystemExit_failsNamingIt_andIsRolledBack(Kind kind) {
    Project p = Project.in(tmp.resolve("project"));
    Path java = exitingProject(p);
    TestDb db = kind.fresh(PG, tmp, "exit");
    RetortProcess.warmUp(tmp);

    RetortProcess.Result r = RetortProcess.start(p.dir(), db.env(), "upgrade", "head").await(HANG_SECONDS);

    assertThat(r.exitCode()).as("exit code; stderr:\n%s", r.err()).isEqualTo(1);
    List<String> errors = r.err().lines().filter(l -> l.startsWith("error")).toList();
    assertThat(errors).singleElement().asString().startsWith("error[RT-V007]: ")
        .endsWith(java.getFileName() + ":11: revision ex02 called System.exit during upgrade");
    assertThat(r.err()).contains("its transaction was rolled back; the version table is at [ex01]")
        .contains("a revision must not end the process")
        .contains("run the same command again: it continues from ex02")
        .doesNotContain("\tat ");
    assertThat(db.rows()).containsExactly("ex01");
    assertThat(db.userTables()).containsExactly("kept");
    assertThat(db.count("SELECT count(*) FROM kept")).isZero();
    assertThat(db.history()).filteredOn(h -> !h.success()).extracting(TestDb.History::revision).containsExactly("ex02");
  }

  /**
   * With {@code transaction_per_migration = false} the exit rolls back the whole run, so the
   * {@code fix:} line names the run's first step as where the same command starts again, as
   * RT-V004 and RT-V006 do (it used to say "it continues from ex02").
   */
  @ParameterizedTest
  // rolls DDL back: not on H2 or MariaDB, whose DDL commits as it runs (StartedRecordTest covers them)
  @EnumSource(value = Kind.class, names = {"POSTGRES", "SQLITE"})
  void systemExitWithOneTransactionForTheRun_fixNamesTheRunsFirstStep(Kind kind) {
    Project p = Project.in(tmp.resolve("project"), "transaction_per_migration = false");
    exitingProject(p);
    TestDb db = kind.fresh(PG, tmp, "exit");
    RetortProcess.warmUp(tmp);

    RetortProcess.Result r = RetortProcess.start(p.dir(), db.env(), "upgrade", "head").await(HANG_SECONDS);

    assertThat(r.exitCode()).as("exit code; stderr:\n%s", r.err()).isEqualTo(1);
    assertThat(r.err()).contains("error[RT-V007]: ")
        .contains("transaction_per_migration = false: the whole run was rolled back")
        .contains("run the same command again: it starts again from ex01, the first step the rollback undid")
        .doesNotContain("continues from ex02");
    assertThat(db.rows()).isEmpty();
    assertThat(db.userTables()).isEmpty();
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
