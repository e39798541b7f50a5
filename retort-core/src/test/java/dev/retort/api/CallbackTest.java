package dev.retort.api;

import static dev.retort.api.ApiProject.ORDERS;
import static dev.retort.api.ApiProject.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQL callback files and Java callbacks on a real SQLite file: when they run, in which transaction, and failures. */
class CallbackTest {
  private static final String LOG = "CREATE TABLE IF NOT EXISTS cb_log (n INTEGER PRIMARY KEY AUTOINCREMENT, event TEXT);\n";

  @TempDir Path dir;
  Path database;
  Path callbacks;

  @BeforeEach
  void project() {
    ApiProject.twoRevisions(dir.resolve("migrations/versions"));
    callbacks = dir.resolve("migrations/callbacks");
    database = dir.resolve("app.db");
  }

  @Test
  void sqlCallbacks_runAtEachEvent_inOrder_andTheBoundaryOnesAlsoWhenNothingIsPending() throws IOException {
    everyEventLogs();
    Retort retort = retort();

    retort.upgrade("heads");
    assertThat(log()).containsExactly("before-upgrade", "before-each", "after-each", "before-each", "after-each",
        "after-upgrade");

    retort.upgrade("heads");
    assertThat(log()).as("at head: only before-upgrade and after-upgrade run").containsExactly("before-upgrade",
        "before-each", "after-each", "before-each", "after-each", "after-upgrade", "before-upgrade", "after-upgrade");
  }

  @Test
  void downgrades_fireTheDowngradeEvents_notTheUpgradeOnes() throws IOException {
    Retort retort = retort();
    retort.upgrade("heads");
    everyEventLogs();

    retort.downgrade(USERS);

    assertThat(log()).containsExactly("before-downgrade", "before-each-downgrade", "after-each-downgrade",
        "after-downgrade");
    assertThat(ApiProject.tables(database)).containsExactly("cb_log", "users");
  }

  @Test
  void severalFilesForOneEvent_runInFileNameOrder() throws IOException {
    write("after-upgrade__b_second.sql", "INSERT INTO cb_log (event) VALUES ('b');");
    write("after-upgrade.sql", LOG + "INSERT INTO cb_log (event) VALUES ('plain');");
    write("after-upgrade__a_first.sql", "INSERT INTO cb_log (event) VALUES ('a');");

    retort().upgrade("heads");

    assertThat(log()).containsExactly("plain", "a", "b");
  }

  @Test
  void javaCallbacks_runAfterTheSqlFiles_onTheRunsConnection_andSeeTheRevisionsWork() throws IOException {
    write("after-each.sql", LOG + "INSERT INTO cb_log (event) VALUES ('sql');");
    List<String> heard = new ArrayList<>();
    Callback java = context -> {
      String seen = "";
      if (context.event() == CallbackEvent.AFTER_EACH) {
        try (Statement st = context.connection().createStatement();
            ResultSet rs = st.executeQuery("SELECT count(*) FROM cb_log")) {
          rs.next();
          seen = " sql-rows=" + rs.getInt(1);
        }
      }
      heard.add(context.event() + context.revision().map(r -> " " + r).orElse("") + seen);
    };

    Retort.configure().workingDirectory(dir).url("sqlite:app.db").callback(java).load().upgrade("heads");

    assertThat(heard).containsExactly("BEFORE_UPGRADE", "BEFORE_EACH " + USERS, "AFTER_EACH " + USERS + " sql-rows=1",
        "BEFORE_EACH " + ORDERS, "AFTER_EACH " + ORDERS + " sql-rows=2", "AFTER_UPGRADE");
  }

  @Test
  void aFailingAfterEachFile_rollsItsRevisionBack_andNamesFileLineAndStatement() throws IOException {
    write("after-each.sql", LOG + "INSERT INTO cb_log (event) SELECT 'ok' FROM orders;\n");
    Retort retort = retort();

    RetortException error = catchThrowableOfType(() -> retort.upgrade("heads"), RetortException.class);

    // users is applied first; orders does not exist yet when after-each runs for it, so the callback fails there
    assertThat(error.code()).isEqualTo(ErrorCode.V030);
    assertThat(error.location().orElseThrow().file()).isEqualTo(callbacks.resolve("after-each.sql"));
    assertThat(error.location().orElseThrow().line()).isEqualTo(2);
    assertThat(error.summary()).contains("after-each callback after-each.sql (revision " + USERS + ")");
    assertThat(error.details()).anySatisfy(d -> assertThat(d).contains("SELECT 'ok' FROM orders"));
    assertThat(error.details()).anySatisfy(d -> assertThat(d).contains("rolled back").contains("<base>"));
    assertThat(ApiProject.tables(database)).as("the revision and the callback's table were rolled back").isEmpty();
    assertThat(retort.current()).isEmpty();
  }

  @Test
  void aFailingJavaCallback_beforeTheUpgrade_changesNothing() {
    Retort retort = Retort.configure().workingDirectory(dir).url("sqlite:app.db").callback(new Callback() {
      @Override
      public void handle(CallbackContext context) {
        if (context.event() == CallbackEvent.BEFORE_UPGRADE) {
          throw new IllegalStateException("maintenance window closed");
        }
      }

      @Override
      public String name() {
        return "MaintenanceWindow";
      }
    }).load();

    RetortException error = catchThrowableOfType(() -> retort.upgrade("heads"), RetortException.class);

    assertThat(error.code()).isEqualTo(ErrorCode.V030);
    assertThat(error.summary()).isEqualTo(
        "before-upgrade callback MaintenanceWindow (Java) failed: maintenance window closed");
    assertThat(error.details()).anySatisfy(d -> assertThat(d).startsWith("nothing was upgraded"));
    assertThat(ApiProject.tables(database)).isEmpty();
    assertThat(retort.current()).isEmpty();
  }

  @Test
  void aFailingAfterUpgradeFile_saysTheRevisionsAreRecorded() throws IOException {
    write("after-upgrade.sql", "INSERT INTO no_such_table VALUES (1);");
    Retort retort = retort();

    RetortException error = catchThrowableOfType(() -> retort.upgrade("heads"), RetortException.class);

    assertThat(error.code()).isEqualTo(ErrorCode.V030);
    assertThat(error.details()).anySatisfy(d -> assertThat(d).contains("ran and is recorded").contains(ORDERS));
    assertThat(retort.current()).extracting(RevisionInfo::id).containsExactly(ORDERS);
  }

  @Test
  void aFileNamedAfterNoEvent_isRefused_withTheNearestName() throws IOException {
    write("after-upgrad.sql", "SELECT 1;");

    RetortException error = catchThrowableOfType(() -> retort().upgrade("heads"), RetortException.class);

    assertThat(error.code()).isEqualTo(ErrorCode.S020);
    assertThat(error.hint()).isEqualTo("rename it to after-upgrade.sql");
    assertThat(ApiProject.tables(database)).isEmpty();
  }

  @Test
  void placeholders_areReplacedInCallbackFiles() throws IOException {
    write("after-upgrade.sql", LOG + "INSERT INTO cb_log (event) VALUES ('${who}');");

    Retort.configure().workingDirectory(dir).url("sqlite:app.db").placeholderReplacement(true)
        .placeholder("who", "deployer").load().upgrade("heads");

    assertThat(log()).containsExactly("deployer");
  }

  @Test
  void offlineScripts_holdTheSqlCallbacksWhereTheyWouldRun_andNameJavaOnes() throws IOException {
    write("before-upgrade.sql", "SELECT 'start';");
    write("after-each.sql", "SELECT 'each';");
    write("after-upgrade.sql", "SELECT 'end';");
    Callback java = context -> { };

    String script = Retort.configure().workingDirectory(dir).url("sqlite:app.db").callback(java).load()
        .offlineSql(Direction.UPGRADE, "heads", false);

    int start = script.indexOf("SELECT 'start'");
    int users = script.indexOf("CREATE TABLE users");
    int firstEach = script.indexOf("SELECT 'each'");
    int orders = script.indexOf("CREATE TABLE orders");
    int secondEach = script.indexOf("SELECT 'each'", firstEach + 1);
    int end = script.indexOf("SELECT 'end'");
    assertThat(List.of(start, users, firstEach, orders, secondEach, end)).doesNotContain(-1).isSorted();
    assertThat(script).contains("-- callback after-each.sql for " + USERS);
    assertThat(script).contains("does not run in offline scripts");
  }

  private void everyEventLogs() throws IOException {
    for (String event : List.of("before-upgrade", "before-each", "after-each", "after-upgrade", "before-downgrade",
        "before-each-downgrade", "after-each-downgrade", "after-downgrade")) {
      write(event + ".sql", LOG + "INSERT INTO cb_log (event) VALUES ('" + event + "');\n");
    }
  }

  private Retort retort() {
    return Retort.configure().workingDirectory(dir).url("sqlite:app.db").load();
  }

  private void write(String name, String text) throws IOException {
    Files.createDirectories(callbacks);
    Files.writeString(callbacks.resolve(name), text);
  }

  private List<String> log() {
    return ApiProject.column(database, "SELECT printf('%05d %s', n, event) FROM cb_log").stream()
        .map(line -> line.substring(6)).toList();
  }
}
