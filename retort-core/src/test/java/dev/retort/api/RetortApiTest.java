package dev.retort.api;

import static dev.retort.api.ApiProject.ORDERS;
import static dev.retort.api.ApiProject.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** The public API on a real SQLite file: migrations, the database's state, the graph and lint. */
class RetortApiTest {
  @TempDir Path dir;
  Path database;
  Retort retort;

  @BeforeEach
  void project() {
    ApiProject.twoRevisions(dir.resolve("migrations/versions"));
    database = dir.resolve("app.db");
    retort = Retort.configure().workingDirectory(dir).url("sqlite:app.db").load();
  }

  @Test
  void plan_listsTheStepsWithTheirRevisions_andChangesNothing() {
    MigrationPlan plan = retort.plan(Direction.UPGRADE, "heads", false);

    assertThat(plan.steps()).extracting(PlannedStep::revisionId)
        .containsExactly(Optional.of(USERS), Optional.of(ORDERS));
    assertThat(plan.steps().get(1).revision()).get().extracting(RevisionInfo::message).isEqualTo("add orders");
    assertThat(plan.rowsBefore()).isEmpty();
    assertThat(plan.rowsAfter()).containsExactly(ORDERS);
    assertThat(ApiProject.tables(database)).isEmpty();
  }

  @Test
  void offlineSql_rendersTheRangeWithoutConnecting() {
    String sql = retort.offlineSql(Direction.UPGRADE, "base:heads", false);

    assertThat(sql).contains("CREATE TABLE users", "CREATE TABLE orders", "add orders");
    assertThat(sql.indexOf("CREATE TABLE users")).isLessThan(sql.indexOf("CREATE TABLE orders"));
    assertThat(database).doesNotExist();
  }

  @Test
  void upgradeDowngradeStamp_changeTheDatabase_andAppliedMatchesTheVersionTable() {
    MigrationResult first = retort.upgrade("+1");
    assertThat(first.applied()).extracting(a -> a.step().revisionId().orElseThrow()).containsExactly(USERS);
    assertThat(versionRows()).isEqualTo(first.plan().rowsAfter()).containsExactly(USERS);
    assertThat(ApiProject.tables(database)).containsExactly("users");

    MigrationResult rest = retort.upgrade("heads");
    assertThat(rest.applied()).extracting(a -> a.step().direction(), a -> a.step().revisionId().orElseThrow())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Direction.UPGRADE, ORDERS));
    assertThat(versionRows()).isEqualTo(rest.applied().get(0).step().rowsAfter()).containsExactly(ORDERS);
    assertThat(retort.upgrade("heads").nothingToDo()).isTrue();

    MigrationResult down = retort.downgrade("-1");
    assertThat(down.applied()).extracting(a -> a.step().direction()).containsExactly(Direction.DOWNGRADE);
    assertThat(ApiProject.tables(database)).containsExactly("users");
    assertThat(versionRows()).isEqualTo(down.plan().rowsAfter()).containsExactly(USERS);

    MigrationResult stamp = retort.stamp("heads");
    assertThat(stamp.applied()).extracting(a -> a.step().direction()).containsExactly(Direction.STAMP);
    assertThat(ApiProject.tables(database)).as("a stamp runs no revision").containsExactly("users");
    assertThat(retort.versionRows()).isEqualTo(versionRows()).containsExactly(ORDERS);
  }

  @Test
  void statusCurrentAndHistory_readTheDatabaseAndTheGraph() {
    retort.upgrade(USERS);

    assertThat(retort.status()).extracting(RevisionStatus::id, RevisionStatus::state).containsExactly(
        org.assertj.core.groups.Tuple.tuple(USERS, RevisionState.APPLIED),
        org.assertj.core.groups.Tuple.tuple(ORDERS, RevisionState.PENDING));
    assertThat(retort.status().get(0).appliedChecksum()).isEqualTo(retort.show(USERS).get(0).checksum())
        .matches("[0-9a-f]{64}");
    assertThat(retort.current()).extracting(RevisionInfo::id).containsExactly(USERS);
    assertThat(retort.history(Optional.empty())).extracting(RevisionInfo::id).containsExactly(ORDERS, USERS);
    assertThat(retort.history(Optional.of("current:"))).extracting(RevisionInfo::id).containsExactly(ORDERS, USERS);
    assertThat(retort.heads(false)).singleElement().satisfies(head -> {
      assertThat(head.id()).isEqualTo(ORDERS);
      assertThat(head.parents()).containsExactly(USERS);
      assertThat(head.head()).isTrue();
      assertThat(head.file()).contains(dir.resolve("migrations/versions/" + ORDERS + "_add_orders.sql"));
    });
  }

  @Test
  void aVersionRowNoFileHas_isMissing_andCurrentRefusesIt() throws SQLException {
    retort.upgrade("heads");
    execute("INSERT INTO retort_version (version_num) VALUES ('cccc00000003')");

    List<RevisionStatus> status = retort.status();
    assertThat(status).filteredOn(s -> s.state() == RevisionState.MISSING).singleElement()
        .satisfies(s -> assertThat(s.id()).isEqualTo("cccc00000003"))
        .satisfies(s -> assertThat(s.revision()).isEmpty());
    assertThat(RevisionStatus.missingRevisionsError(status)).get()
        .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.V001))
        .satisfies(e -> assertThat(e.summary()).contains("cccc00000003"));
    assertThat(catchThrowableOfType(retort::current, RetortException.class).code()).isEqualTo(ErrorCode.V001);
    assertThat(retort.versionRows()).containsExactly(ORDERS, "cccc00000003");
    assertThat(RevisionStatus.missingRevisionsError(status.subList(0, 2))).isEmpty();
  }

  @Test
  void listener_seesEveryStepStartAndFinish_inOrder() {
    List<String> events = new ArrayList<>();
    MigrationListener listener = new MigrationListener() {
      @Override
      public void stepStarting(PlannedStep step, String description) {
        events.add("start " + step.revisionId().orElseThrow() + " " + description);
      }

      @Override
      public void stepFinished(PlannedStep step, long millis, boolean succeeded) {
        events.add("end " + step.revisionId().orElseThrow() + " " + succeeded);
      }
    };

    MigrationResult result = retort.prepare(Direction.UPGRADE, "heads", false, listener).execute();

    assertThat(events).hasSize(4);
    assertThat(events.get(0)).startsWith("start " + USERS + " Running upgrade").endsWith("-> " + USERS + ", create users");
    assertThat(events.get(1)).isEqualTo("end " + USERS + " true");
    assertThat(events.get(2)).startsWith("start " + ORDERS + " Running upgrade " + USERS + " -> " + ORDERS);
    assertThat(events.get(3)).isEqualTo("end " + ORDERS + " true");
    assertThat(result.applied()).extracting(a -> a.step().revisionId().orElseThrow()).containsExactly(USERS, ORDERS);
  }

  @Test
  void failingStep_isReportedToTheListener_andTheTableKeepsTheLastGoodStep() throws SQLException {
    execute("CREATE TABLE orders (id INTEGER)");
    List<Boolean> finished = new ArrayList<>();
    MigrationListener listener = new MigrationListener() {
      @Override
      public void stepFinished(PlannedStep step, long millis, boolean succeeded) {
        finished.add(succeeded);
      }
    };

    RetortException error = catchThrowableOfType(
        () -> retort.prepare(Direction.UPGRADE, "heads", false, listener).execute(), RetortException.class);

    assertThat(error).isNotNull();
    assertThat(error.render()).contains(ORDERS);
    assertThat(finished).containsExactly(true, false);
    assertThat(versionRows()).containsExactly(USERS);
  }

  @Test
  void dataSource_insteadOfAUrl() {
    SQLiteDataSource pool = new SQLiteDataSource();
    pool.setUrl("jdbc:sqlite:" + dir.resolve("pooled.db"));

    Retort pooled = Retort.configure().workingDirectory(dir).dataSource(pool).load();
    pooled.upgrade("heads");

    assertThat(ApiProject.tables(dir.resolve("pooled.db"))).containsExactly("orders", "users");
    assertThat(pooled.versionRows()).containsExactly(ORDERS);
    assertThat(database).as("the configured URL is not used").doesNotExist();
    assertThat(pooled.settings().url()).isEqualTo("jdbc:sqlite:" + dir.resolve("pooled.db"));
  }

  @Test
  void lint_reportsTwoHeadsAsAnError() {
    ApiProject.revision(dir.resolve("migrations/versions"), "dddd00000004", USERS, "add invoices",
        "CREATE TABLE invoices (id INTEGER PRIMARY KEY);", "DROP TABLE invoices;");

    LintResult result = retort.lint(false, true, Set.of());

    assertThat(result.findings()).filteredOn(f -> f.code().equals("RT101")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(LintSeverity.ERROR))
        .satisfies(f -> assertThat(f.message()).contains(ORDERS, "dddd00000004"));
    assertThat(result.failed(false)).isTrue();
    assertThat(retort.lintRules()).extracting(LintRule::code).contains("RT101");
    assertThat(retort.heads(false)).extracting(RevisionInfo::id).containsExactlyInAnyOrder(ORDERS, "dddd00000004");
  }

  @Test
  void revisionAndMerge_writeFiles_thatTheSameInstanceThenReads() {
    Path added = retort.revision(NewRevision.withMessage("add invoices"));
    RevisionInfo head = retort.heads(false).get(0);
    assertThat(retort.heads(false)).hasSize(1);
    assertThat(head.file()).contains(added);
    assertThat(head.parents()).containsExactly(ORDERS);
    assertThat(head.message()).isEqualTo("add invoices");

    retort.revision(new NewRevision("side branch", false, Optional.of(USERS), true, List.of(), List.of(),
        Optional.of("eeee00000005"), Optional.empty()));
    assertThat(retort.heads(false)).extracting(RevisionInfo::id).contains("eeee00000005").hasSize(2);
    assertThat(retort.branchPoints()).extracting(RevisionInfo::id).containsExactly(USERS);

    retort.merge(List.of("heads"), "merge heads", Optional.of("ffff00000006"), List.of());
    assertThat(retort.heads(false)).singleElement().satisfies(merge -> {
      assertThat(merge.id()).isEqualTo("ffff00000006");
      assertThat(merge.mergePoint()).isTrue();
      assertThat(merge.parents()).containsExactlyInAnyOrder(head.id(), "eeee00000005");
    });
  }

  private List<String> versionRows() {
    return ApiProject.column(database, "SELECT version_num FROM retort_version");
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
