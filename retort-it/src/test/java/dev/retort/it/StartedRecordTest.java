package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A revision that runs outside one transaction (here {@code Transactional: false}; on a database
 * whose DDL commits implicitly, every revision) is recorded as started before its first statement.
 * A failure lists what ran, failed and did not run; every later run refuses (RT-V040) until
 * {@code retort resolve REV --applied|--rolled-back}; a process killed in the middle leaves the
 * started record, which refuses the next run the same way.
 */
class StartedRecordTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  private static final String BAD = "INSERT INTO no_such_table (id) VALUES (1)";
  private static final long HANG_SECONDS = 120;

  @TempDir Path tmp;

  /** r1 -> r2 (not transactional, five statements, the third fails) -> r3. */
  private Project project() {
    Project p = Project.in(tmp.resolve("project"));
    p.rev("r1", "").message("create t1").up("CREATE TABLE t1 (id INTEGER);").down("DROP TABLE t1;").write();
    p.rev("r2", "r1").message("five statements").nonTransactional().up("""
        CREATE TABLE s1 (id INTEGER);
        CREATE TABLE s2 (id INTEGER);
        INSERT INTO no_such_table (id) VALUES (1);
        CREATE TABLE s4 (id INTEGER);
        CREATE TABLE s5 (id INTEGER);
        """).down("DROP TABLE s5;\nDROP TABLE s4;\nDROP TABLE s2;\nDROP TABLE s1;").write();
    p.rev("r3", "r2").message("create t3").up("CREATE TABLE t3 (id INTEGER);").down("DROP TABLE t3;").write();
    return p;
  }

  /** Runs upgrade head to the failure of r2's third statement, checking the message and the state left. */
  private void failAtTheThirdStatement(Project p, TestDb db) {
    Cli.Result r = p.run(db.env(), "upgrade", "head").failedWith("RT-V004");

    assertThat(r.errLines()).contains(
        "  ran:      statements 1-2 of 5",
        "    1  line " + p.lineOf("r2", "CREATE TABLE s1") + ": CREATE TABLE s1 (id INTEGER)",
        "    2  line " + p.lineOf("r2", "CREATE TABLE s2") + ": CREATE TABLE s2 (id INTEGER)",
        "  not run:  statements 4-5 of 5");
    assertThat(r.err())
        .contains(p.path("r2").getFileName() + ":" + p.lineOf("r2", BAD) + ": upgrade of r2 failed")
        .contains("  failed:   3  line " + p.lineOf("r2", BAD) + ": " + BAD + " -> ")
        .contains("no_such_table")
        .contains("the version table is at [r1]")
        .contains("retort resolve r2 --rolled-back")
        .contains("retort resolve r2 --applied")
        .doesNotContain("\tat ");
    assertThat(db.rows()).containsExactly("r1");
    assertThat(db.userTables()).containsExactlyInAnyOrder("t1", "s1", "s2");
    assertThat(runStates(db, "r2")).containsExactly("failed");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aFailureListsWhatRanAndEveryLaterRunRefusesUntilResolved(Kind kind) {
    Project p = project();
    TestDb db = kind.fresh(PG, tmp, "refuse");
    failAtTheThirdStatement(p, db);
    int historyRows = db.history().size();

    Cli.Result again = p.run(db.env(), "upgrade", "head").failedWith("RT-V040");

    assertThat(again.err())
        .contains(p.path("r2").getFileName().toString())
        .contains("the upgrade of r2 started at")
        .contains("a statement failed")
        .contains("    1  line " + p.lineOf("r2", "CREATE TABLE s1") + ": CREATE TABLE s1 (id INTEGER)")
        .contains("  failed:   3  line " + p.lineOf("r2", BAD))
        .contains("  not run:  statements 4-5 of 5")
        .contains("nothing was run now")
        .contains("retort resolve r2 --rolled-back").contains("retort resolve r2 --applied")
        .doesNotContain("Running upgrade");
    assertThat(db.rows()).containsExactly("r1");
    assertThat(db.userTables()).containsExactlyInAnyOrder("t1", "s1", "s2");
    assertThat(db.history()).hasSize(historyRows);

    // downgrade shares the refusal, as does the plan preview
    p.run(db.env(), "downgrade", "base").failedWith("RT-V040");
    p.run(db.env(), "upgrade", "head", "--plan").failedWith("RT-V040");
    assertThat(db.rows()).containsExactly("r1");
    assertThat(db.userTables()).containsExactlyInAnyOrder("t1", "s1", "s2");

    // status and current show the state
    Cli.Result status = p.run(db.env(), "status").succeeded();
    assertThat(status.outLines()).anySatisfy(line -> assertThat(line).startsWith("unresolved r2"));
    assertThat(status.err()).contains("warning[RT-V040]");
    assertThat(p.run(db.env(), "status", "--json").succeeded().json().findValuesAsText("state"))
        .containsExactly("applied", "unresolved", "pending");
    Cli.Result check = p.run(db.env(), "status", "--check");
    assertThat(check.exitCode()).as("status --check with an unresolved revision; stderr:\n%s", check.err()).isEqualTo(1);
    assertThat(check.err()).contains("0 edited, 0 missing and 1 unresolved").contains("retort resolve <id> --applied");
    Cli.Result current = p.run(db.env(), "current").succeeded();
    assertThat(current.out()).contains("r1");
    assertThat(current.err()).contains("warning[RT-V040]").contains("retort resolve r2 --applied");

    // a stamp changes no schema and runs; the record stays unresolved all the same
    p.run(db.env(), "stamp", "r3").succeeded();
    assertThat(db.rows()).containsExactly("r3");
    p.run(db.env(), "upgrade", "head").failedWith("RT-V040");
    assertThat(runStates(db, "r2")).containsExactly("failed");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void rolledBackAfterTheUserUndidWhatRan_theNextUpgradeRunsTheRevisionAgain(Kind kind) {
    Project p = project();
    TestDb db = kind.fresh(PG, tmp, "rolledback");
    failAtTheThirdStatement(p, db);

    // the user fixes the statement and undoes statements 1-2
    Project.write(p.path("r2"), Project.read(p.path("r2")).replace(BAD, "INSERT INTO s1 (id) VALUES (1)"));
    db.exec("DROP TABLE s2", "DROP TABLE s1");
    Cli.Result resolved = p.run(db.env(), "resolve", "r2", "--rolled-back").succeeded();

    assertThat(resolved.out()).contains("resolved r2").contains("rolled back").contains("r1");
    assertThat(db.rows()).containsExactly("r1");
    assertThat(runStates(db, "r2")).containsExactly("resolved-rolled-back");

    Cli.Result up = p.run(db.env(), "upgrade", "head").succeeded();
    assertThat(up.err()).contains("Running upgrade r1 -> r2").contains("Running upgrade r2 -> r3");
    assertThat(db.rows()).containsExactly("r3");
    assertThat(db.userTables()).containsExactlyInAnyOrder("t1", "s1", "s2", "s4", "s5", "t3");
    assertThat(db.count("SELECT count(*) FROM s1")).isEqualTo(1);
    assertThat(runStates(db, "r2")).containsExactly("resolved-rolled-back", "completed");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void appliedAfterTheUserFinishedIt_theNextUpgradeContinuesWithTheNextRevision(Kind kind) {
    Project p = project();
    TestDb db = kind.fresh(PG, tmp, "applied");
    failAtTheThirdStatement(p, db);

    // the user finishes statements 3-5 by hand (the insert turned out not to be needed)
    db.exec("CREATE TABLE s4 (id INTEGER)", "CREATE TABLE s5 (id INTEGER)");
    Cli.Result resolved = p.run(db.env(), "resolve", "r2", "--applied").succeeded();

    assertThat(resolved.out()).contains("resolved r2").contains("applied").contains("r1 -> r2");
    assertThat(db.rows()).containsExactly("r2");
    assertThat(runStates(db, "r2")).containsExactly("resolved-applied");

    Cli.Result up = p.run(db.env(), "upgrade", "head").succeeded();
    assertThat(up.err()).contains("Running upgrade r2 -> r3").doesNotContain("-> r2,");
    assertThat(db.rows()).containsExactly("r3");
    assertThat(db.userTables()).containsExactlyInAnyOrder("t1", "s1", "s2", "s4", "s5", "t3");
    // applied with the checksum it started with: not "edited"
    assertThat(p.run(db.env(), "status", "--json").succeeded().json().findValuesAsText("state"))
        .containsExactly("applied", "applied", "applied");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void resolveWithNothingToResolveIsRefused(Kind kind) {
    Project p = project();
    TestDb db = kind.fresh(PG, tmp, "nothing");

    Cli.Result fresh = p.run(db.env(), "resolve", "r2", "--applied").failedWith("RT-V041");
    assertThat(fresh.err()).contains("nothing to resolve for r2").contains("retort status");
    assertThat(db.rows()).isEmpty();

    p.run(db.env(), "upgrade", "r1").succeeded();
    p.run(db.env(), "resolve", "r1", "--rolled-back").failedWith("RT-V041");
    assertThat(db.rows()).containsExactly("r1");

    // one of the two options, exactly
    assertThat(p.run(db.env(), "resolve", "r1").exitCode()).isEqualTo(2);
    assertThat(p.run(db.env(), "resolve", "r1", "--applied", "--rolled-back").exitCode()).isEqualTo(2);

    // with one unresolved, another name is refused and the message names the unresolved one
    failAtTheThirdStatement(p, db);
    Cli.Result other = p.run(db.env(), "resolve", "r3", "--applied").failedWith("RT-V041");
    assertThat(other.err()).contains("r2  upgrade started at").contains("retort resolve r2");
    assertThat(db.rows()).containsExactly("r1");
    assertThat(runStates(db, "r2")).containsExactly("failed");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aFailureAtTheFirstStatementLeavesNothingToResolve(Kind kind) {
    Project p = Project.in(tmp.resolve("project"));
    p.rev("f1", "").message("first fails").nonTransactional()
        .up(BAD + ";\nCREATE TABLE f1b (id INTEGER);").down("DROP TABLE f1b;").write();
    TestDb db = kind.fresh(PG, tmp, "first");

    Cli.Result r = p.run(db.env(), "upgrade", "head").failedWith("RT-V004");

    assertThat(r.err()).contains("  ran:      no statement").contains("  not run:  statement 2 of 2")
        .contains("no statement of f1 ran, so nothing is left half-applied")
        .contains("fix: fix the statement in the file and run the same command again: it continues from f1")
        .doesNotContain("retort resolve");
    assertThat(runStates(db, "f1")).containsExactly("resolved-rolled-back");
    p.run(db.env(), "resolve", "f1", "--rolled-back").failedWith("RT-V041");

    Project.write(p.path("f1"), Project.read(p.path("f1")).replace(BAD, "CREATE TABLE f1a (id INTEGER)"));
    p.run(db.env(), "upgrade", "head").succeeded();
    assertThat(db.rows()).containsExactly("f1");
    assertThat(db.userTables()).containsExactlyInAnyOrder("f1a", "f1b");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aHistoryTableFromBeforeTheStartedRecordIsUpgradedInPlace(Kind kind) {
    Project p = project();
    TestDb db = kind.fresh(PG, tmp, "oldhistory");
    p.run(db.env(), "upgrade", "r1").succeeded();
    for (String column : List.of("run_state", "statements_total", "statements_done", "statements_ran", "failure")) {
      db.exec("ALTER TABLE retort_history DROP COLUMN " + column);
    }
    // with the old table, nothing is unresolved and ordinary runs work
    p.run(db.env(), "status").succeeded();

    failAtTheThirdStatement(p, db);

    p.run(db.env(), "upgrade", "head").failedWith("RT-V040");
    assertThat(db.history()).extracting(TestDb.History::revision).containsExactly("r1", "r2");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aHalfRunDowngradeIsRecordedAndResolvedAsApplied(Kind kind) {
    Project p = Project.in(tmp.resolve("project"));
    p.rev("d1", "").up("CREATE TABLE x1 (id INTEGER);").down("DROP TABLE x1;").write();
    p.rev("d2", "d1").nonTransactional().up("CREATE TABLE y1 (id INTEGER);\nCREATE TABLE y2 (id INTEGER);")
        .down("DROP TABLE y2;\nDROP TABLE no_such_table;\nDROP TABLE y1;").write();
    TestDb db = kind.fresh(PG, tmp, "down");
    p.run(db.env(), "upgrade", "head").succeeded();

    Cli.Result r = p.run(db.env(), "downgrade", "base").failedWith("RT-V004");

    assertThat(r.err()).contains("downgrade of d2 failed").contains("  ran:      statement 1 of 3")
        .contains("  not run:  statement 3 of 3").contains("retort resolve d2 --applied");
    assertThat(db.rows()).containsExactly("d2");
    assertThat(db.userTables()).containsExactlyInAnyOrder("x1", "y1");
    assertThat(p.run(db.env(), "downgrade", "base").failedWith("RT-V040").err()).contains("the downgrade of d2");
    p.run(db.env(), "upgrade", "head").failedWith("RT-V040");

    db.exec("DROP TABLE y1");
    Cli.Result resolved = p.run(db.env(), "resolve", "d2", "--applied").succeeded();
    assertThat(resolved.out()).contains("d2 -> d1");
    assertThat(db.rows()).containsExactly("d1");

    p.run(db.env(), "downgrade", "base").succeeded();
    assertThat(db.rows()).isEmpty();
    assertThat(db.userTables()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aProcessKilledInTheMiddleLeavesTheStartedRecordAndTheNextUpgradeRefuses(Kind kind) throws Exception {
    TestDb db = kind.fresh(PG, tmp, "killed");
    Project p = Project.in(tmp.resolve("project"));
    p.rev("k1", "").up("CREATE TABLE k1 (id INTEGER);").down("DROP TABLE k1;").write();
    p.rev("k2", "k1").message("killed").nonTransactional()
        .up("CREATE TABLE k2a (id INTEGER);\n" + db.endless() + ";\nCREATE TABLE k2c (id INTEGER);")
        .down("DROP TABLE k2c;\nDROP TABLE k2a;").write();
    RetortProcess.warmUp(tmp);

    RetortProcess proc = RetortProcess.start(p.dir(), db.env(), "upgrade", "head");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(HANG_SECONDS));
    // statement 1 ran and is recorded; statement 2 does not end
    while (!statementsDone(db, "k2").equals(List.of(1))) {
      assertThat(proc.isAlive()).as("still running; stderr: %s", proc.stderr()).isTrue();
      assertThat(Instant.now()).as("statement 1 of k2 recorded (hang detector)").isBefore(deadline);
      Thread.sleep(20);
    }
    proc.kill();
    proc.await(HANG_SECONDS);
    db.endOrphanedSessions();

    assertThat(runStates(db, "k2")).containsExactly("started");
    assertThat(db.rows()).containsExactly("k1");
    assertThat(db.userTables()).containsExactlyInAnyOrder("k1", "k2a");

    Cli.Result next = p.run(db.env(), "upgrade", "head").failedWith("RT-V040");

    assertThat(next.err())
        .contains(p.path("k2").getFileName().toString())
        .contains("the process stopped while it ran")
        .contains("  ran:      statement 1 of 3")
        .contains("    1  line " + p.lineOf("k2", "CREATE TABLE k2a") + ": CREATE TABLE k2a (id INTEGER)")
        .contains("  running:  statement 2 of 3 when the process stopped")
        .contains("  not run:  statement 3 of 3")
        .contains("retort resolve k2 --rolled-back").contains("retort resolve k2 --applied");
    assertThat(db.userTables()).containsExactlyInAnyOrder("k1", "k2a");
    assertThat(db.rows()).containsExactly("k1");
  }

  /** The run states of a revision's history rows, oldest first (rows without one left out). */
  private static List<String> runStates(TestDb db, String revision) {
    return db.query("SELECT run_state FROM retort_history WHERE revision = '" + revision + "' AND run_state IS NOT NULL"
        + " ORDER BY id").stream().map(row -> (String) row.get(0)).toList();
  }

  /** How many statements the started record of a revision counts; empty before it exists. */
  private static List<Integer> statementsDone(TestDb db, String revision) {
    try {
      return db.query("SELECT statements_done FROM retort_history WHERE revision = '" + revision
          + "' AND run_state = 'started'").stream().map(row -> ((Number) row.get(0)).intValue()).toList();
    } catch (IllegalStateException e) {
      // the history table is not there yet
      return List.of();
    }
  }
}
