package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A failing statement in revision k of n: the version table stays at k-1, a failed history row is
 * written, and the error names file, line, statement and the database's message. Where DDL rolls
 * back with its transaction (PostgreSQL, SQLite), k's changes are rolled back and the same command
 * continues from k; where each DDL statement commits as it runs (MariaDB, H2), and for a revision
 * marked non-transactional anywhere, k's earlier statements stay, the error lists them, and the next
 * run refuses until {@code retort resolve} (StartedRecordTest covers that record in detail).
 */
class TransactionTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  private static final String BAD = "INSERT INTO no_such_table (id) VALUES (1)";

  @TempDir Path tmp;

  /** tx1 -> tx2 -> tx3 (fails on its third statement) -> tx4. */
  private Project failingProject(String... toml) {
    Project p = Project.in(tmp.resolve("project"), toml);
    p.rev("tx1", "").message("create a1").up("CREATE TABLE a1 (id INTEGER);").down("DROP TABLE a1;").write();
    p.rev("tx2", "tx1").message("create a2").up("CREATE TABLE a2 (id INTEGER);").down("DROP TABLE a2;").write();
    p.rev("tx3", "tx2").message("create a3").up("""
        CREATE TABLE a3 (id INTEGER);
        INSERT INTO a3 (id) VALUES (1);

        -- this one fails
        INSERT INTO no_such_table (id) VALUES (1);
        CREATE TABLE a3b (id INTEGER);
        """).down("DROP TABLE a3b;\nDROP TABLE a3;").write();
    p.rev("tx4", "tx3").message("create a4").up("CREATE TABLE a4 (id INTEGER);").down("DROP TABLE a4;").write();
    return p;
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void failedRevision_leavesTheVersionTableAtTheLastCompletedOne_andTheRerunContinuesFromIt(Kind kind) {
    Project p = failingProject();
    TestDb db = kind.fresh(PG, tmp, "tx");

    Cli.Result r = p.run(db.env(), "upgrade", "head");

    assertThat(r.exitCode()).as("stderr:\n%s", r.err()).isEqualTo(1);
    int line = p.lineOf("tx3", BAD);
    assertThat(r.err())
        .contains("error[RT-V004]")
        .contains(p.path("tx3").getFileName() + ":" + line + ":")
        .contains(BAD)
        .contains(db.noSuchTable("no_such_table"))
        .doesNotContain("\tat ");
    assertThat(db.rows()).containsExactly("tx2");
    assertThat(db.history()).filteredOn(h -> !h.success())
        .singleElement()
        .satisfies(h -> {
          assertThat(h.revision()).isEqualTo("tx3");
          assertThat(h.direction()).isEqualTo("upgrade");
          assertThat(h.checksum()).hasSize(64);
        });
    assertThat(db.history()).filteredOn(TestDb.History::success).extracting(TestDb.History::revision)
        .containsExactly("tx1", "tx2");

    Project.write(p.path("tx3"), Project.read(p.path("tx3")).replace(BAD, "INSERT INTO a3 (id) VALUES (2)"));
    if (db.ddlRollsBack()) {
      assertThat(r.err()).contains("the revision's changes were rolled back; the version table is at [tx2]");
      assertThat(db.userTables()).containsExactlyInAnyOrder("a1", "a2");
    } else {
      // tx3's first two statements committed as they ran: the error lists them and the two ways out
      assertThat(r.errLines()).contains("  ran:      statements 1-2 of 4", "  not run:  statement 4 of 4");
      assertThat(r.err()).contains("this database commits DDL on its own")
          .contains("the version table is at [tx2]")
          .contains("retort resolve tx3 --rolled-back").contains("retort resolve tx3 --applied")
          .doesNotContain("changes were rolled back");
      assertThat(db.userTables()).containsExactlyInAnyOrder("a1", "a2", "a3");
      assertThat(db.count("SELECT count(*) FROM a3")).isEqualTo(1);
      // the fixed file does not run until the user has undone what ran and said so
      p.run(db.env(), "upgrade", "head").failedWith("RT-V040");
      db.exec("DROP TABLE a3");
      p.run(db.env(), "resolve", "tx3", "--rolled-back").succeeded();
    }
    Cli.Result rerun = p.run(db.env(), "upgrade", "head").succeeded();

    assertThat(rerun.err()).contains("Running upgrade tx2 -> tx3").doesNotContain("-> tx1,").doesNotContain("-> tx2,");
    assertThat(db.rows()).containsExactly("tx4");
    assertThat(db.userTables()).containsExactlyInAnyOrder("a1", "a2", "a3", "a3b", "a4");
    assertThat(db.count("SELECT count(*) FROM a3")).isEqualTo(2);
    assertThat(db.history()).filteredOn(TestDb.History::success).extracting(TestDb.History::revision)
        .containsExactly("tx1", "tx2", "tx3", "tx4");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void nonTransactionalRevisionKeepsWhatRanBeforeTheFailure(Kind kind) {
    Project p = Project.in(tmp.resolve("project"));
    p.rev("nt1", "").up("CREATE TABLE b1 (id INTEGER);").down("DROP TABLE b1;").write();
    p.rev("nt2", "nt1").up("CREATE TABLE b2 (id INTEGER);").down("DROP TABLE b2;").write();
    p.rev("nt3", "nt2").message("outside a transaction").nonTransactional().up("""
        CREATE TABLE b3a (id INTEGER);
        INSERT INTO no_such_table (id) VALUES (1);
        CREATE TABLE b3b (id INTEGER);
        """).down("DROP TABLE b3b;\nDROP TABLE b3a;").write();
    p.rev("nt4", "nt3").up("CREATE TABLE b4 (id INTEGER);").down("DROP TABLE b4;").write();
    TestDb db = kind.fresh(PG, tmp, "nt");

    Cli.Result r = p.run(db.env(), "upgrade", "head");

    assertThat(r.exitCode()).as("stderr:\n%s", r.err()).isEqualTo(1);
    assertThat(r.err()).contains("error[RT-V004]")
        .contains(p.path("nt3").getFileName() + ":" + p.lineOf("nt3", BAD) + ":")
        .contains(db.noSuchTable("no_such_table"))
        .contains("not transactional");
    assertThat(db.rows()).containsExactly("nt2");
    assertThat(db.userTables()).containsExactlyInAnyOrder("b1", "b2", "b3a");
    assertThat(db.history()).filteredOn(h -> !h.success()).extracting(TestDb.History::revision).containsExactly("nt3");

    // made re-runnable by the user and resolved as rolled back, it continues from nt3
    Project.write(p.path("nt3"), Project.read(p.path("nt3"))
        .replace("CREATE TABLE b3a", "CREATE TABLE IF NOT EXISTS b3a").replace(BAD, "INSERT INTO b3a (id) VALUES (1)"));
    p.run(db.env(), "upgrade", "head").failedWith("RT-V040");
    p.run(db.env(), "resolve", "nt3", "--rolled-back").succeeded();
    p.run(db.env(), "upgrade", "head").succeeded();
    assertThat(db.rows()).containsExactly("nt4");
    assertThat(db.userTables()).containsExactlyInAnyOrder("b1", "b2", "b3a", "b3b", "b4");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void oneTransactionForTheRun_rollsBackEveryStep_whereTheDatabaseCan(Kind kind) {
    Project p = failingProject("transaction_per_migration = false");
    TestDb db = kind.fresh(PG, tmp, "one");

    Cli.Result r = p.run(db.env(), "upgrade", "head");

    assertThat(r.exitCode()).as("stderr:\n%s", r.err()).isEqualTo(1);
    assertThat(r.err()).contains("error[RT-V004]").contains(db.noSuchTable("no_such_table"));
    if (db.ddlRollsBack()) {
      assertThat(r.err()).contains("<base>")
          .contains("the whole run was rolled back")
          .contains("fix: fix the statement in the file and run the same command again: it starts again from tx1")
          .doesNotContain("continues from tx3");
      assertThat(db.rows()).isEmpty();
      assertThat(db.userTables()).isEmpty();
      assertThat(db.history()).filteredOn(TestDb.History::success).isEmpty();
    } else {
      // no transaction can hold DDL back: each step committed as it ran, as with one transaction per migration
      assertThat(r.errLines()).contains("  ran:      statements 1-2 of 4", "  not run:  statement 4 of 4");
      assertThat(r.err()).contains("the version table is at [tx2]").contains("retort resolve tx3 --rolled-back")
          .doesNotContain("the whole run was rolled back").doesNotContain("starts again from tx1");
      assertThat(db.rows()).containsExactly("tx2");
      assertThat(db.userTables()).containsExactlyInAnyOrder("a1", "a2", "a3");
      assertThat(db.history()).filteredOn(TestDb.History::success).extracting(TestDb.History::revision)
          .containsExactly("tx1", "tx2");
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void oneTransactionForTheRunReportsWhatANonTransactionalStepCommitted(Kind kind) {
    // a non-transactional revision commits the run's transaction before it runs, and its own version update
    Project p = Project.in(tmp.resolve("project"), "transaction_per_migration = false");
    p.rev("m1", "").up("CREATE TABLE c1 (id INTEGER);").down("DROP TABLE c1;").write();
    p.rev("m2", "m1").up("CREATE TABLE c2 (id INTEGER);").down("DROP TABLE c2;").write();
    p.rev("m3", "m2").nonTransactional().up("CREATE TABLE c3 (id INTEGER);").down("DROP TABLE c3;").write();
    p.rev("m4", "m3").up("CREATE TABLE c4 (id INTEGER);\n" + BAD + ";").down("DROP TABLE c4;").write();
    TestDb db = kind.fresh(PG, tmp, "mixed");

    Cli.Result r = p.run(db.env(), "upgrade", "head");

    assertThat(r.exitCode()).as("stderr:\n%s", r.err()).isEqualTo(1);
    assertThat(db.rows()).containsExactly("m3");
    assertThat(r.err()).contains("the version table is at [m3]");
    Project.write(p.path("m4"), Project.read(p.path("m4")).replace(BAD, "SELECT 1"));
    if (db.ddlRollsBack()) {
      assertThat(db.userTables()).containsExactlyInAnyOrder("c1", "c2", "c3");
      assertThat(r.err()).contains("the revision's changes were rolled back").contains("it continues from m4");
    } else {
      // m4's CREATE TABLE committed as it ran; undone by hand and recorded, m4 can run again
      assertThat(db.userTables()).containsExactlyInAnyOrder("c1", "c2", "c3", "c4");
      assertThat(r.err()).contains("  ran:      statement 1 of 2").contains("retort resolve m4 --rolled-back")
          .doesNotContain("changes were rolled back");
      db.exec("DROP TABLE c4");
      p.run(db.env(), "resolve", "m4", "--rolled-back").succeeded();
    }

    // the non-transactional revision itself failing: everything before it was committed
    p.run(db.env(), "downgrade", "base").succeeded();
    Project.write(p.path("m3"), Project.read(p.path("m3")).replace("CREATE TABLE c3 (id INTEGER);",
        "CREATE TABLE c3 (id INTEGER);\n" + BAD + ";"));
    Cli.Result r3 = p.run(db.env(), "upgrade", "head");
    assertThat(r3.exitCode()).as("stderr:\n%s", r3.err()).isEqualTo(1);
    assertThat(db.rows()).containsExactly("m2");
    assertThat(db.userTables()).containsExactlyInAnyOrder("c1", "c2", "c3");
    assertThat(r3.err()).contains("the version table is at [m2]");
  }
}
