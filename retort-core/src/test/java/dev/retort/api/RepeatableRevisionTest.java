package dev.retort.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repeatable revisions on a real SQLite file: applied after the graph, again exactly when their file changes. */
class RepeatableRevisionTest {
  @TempDir Path dir;
  Path database;
  Path repeatable;
  Retort retort;

  @BeforeEach
  void project() {
    ApiProject.twoRevisions(dir.resolve("migrations/versions"));
    repeatable = dir.resolve("migrations/repeatable");
    database = dir.resolve("app.db");
    retort = Retort.configure().workingDirectory(dir).url("sqlite:app.db").load();
  }

  @Test
  void aView_isAppliedOnce_thenAgainOnlyWhenItsFileChanges() throws IOException {
    write("user_emails", "-- Message: the users' addresses\nDROP VIEW IF EXISTS user_emails;\n"
        + "CREATE VIEW user_emails AS SELECT email FROM users;\n");
    assertThat(retort.repeatables()).extracting(RepeatableStatus::name, RepeatableStatus::state, RepeatableStatus::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("user_emails", RepeatableState.PENDING,
            "the users' addresses"));

    MigrationResult first = retort.upgrade("heads");
    assertThat(first.repeatablesApplied()).containsExactly("user_emails");
    assertThat(viewSql()).contains("SELECT email FROM users");
    assertThat(retort.repeatables()).extracting(RepeatableStatus::state).containsExactly(RepeatableState.APPLIED);

    MigrationResult again = retort.upgrade("heads");
    assertThat(again.repeatablesApplied()).as("unchanged: not applied again").isEmpty();
    assertThat(again.nothingToDo()).isTrue();

    write("user_emails", "DROP VIEW IF EXISTS user_emails;\nCREATE VIEW user_emails AS SELECT id, email FROM users;\n");
    assertThat(retort.repeatables()).extracting(RepeatableStatus::state).containsExactly(RepeatableState.OUTDATED);
    assertThat(retort.upgrade("heads").repeatablesApplied()).containsExactly("user_emails");
    assertThat(viewSql()).contains("SELECT id, email FROM users");
    RepeatableStatus now = retort.repeatables().get(0);
    assertThat(now.state()).isEqualTo(RepeatableState.APPLIED);
    assertThat(now.appliedChecksum()).isEqualTo(now.checksum());
  }

  @Test
  void repeatables_runAfterEveryGraphStep_inNameOrder() throws IOException {
    // the orders table comes from the last revision; b reads what a wrote
    write("b_second", "INSERT INTO orders (id, user_id) SELECT count(*) + 10, 0 FROM orders;\n");
    write("a_first", "INSERT INTO orders (id, user_id) VALUES (1, 1);\n");

    MigrationResult result = retort.upgrade("heads");

    assertThat(result.applied()).hasSize(2);
    assertThat(result.repeatablesApplied()).containsExactly("a_first", "b_second");
    assertThat(ApiProject.column(database, "SELECT id FROM orders")).containsExactly("1", "11");
  }

  @Test
  void aFailingRepeatable_namesFileLineAndStatement_andKeepsTheEarlierOnesRecorded() throws IOException {
    write("a_good", "CREATE VIEW a_good AS SELECT id FROM users;\n");
    write("b_bad", "-- Message: broken\nCREATE VIEW b_bad AS SELECT id FROM users;\n\nSELECT no_such_column FROM users;\n");

    RetortException error = catchThrowableOfType(() -> retort.upgrade("heads"), RetortException.class);

    assertThat(error.code()).isEqualTo(ErrorCode.V010);
    assertThat(error.location().orElseThrow().file()).isEqualTo(repeatable.resolve("b_bad.sql"));
    assertThat(error.location().orElseThrow().line()).isEqualTo(4);
    assertThat(error.getMessage()).contains("b_bad").contains("no_such_column");
    assertThat(retort.versionRows()).as("the graph steps before it stay").containsExactly(ApiProject.ORDERS);
    assertThat(retort.repeatables()).extracting(RepeatableStatus::state)
        .containsExactly(RepeatableState.APPLIED, RepeatableState.PENDING);
    assertThat(ApiProject.column(database, "SELECT name FROM sqlite_master WHERE type = 'view'"))
        .as("b_bad's transaction was rolled back").containsExactly("a_good");
  }

  @Test
  void downgradeAndStamp_leaveRepeatablesAlone() throws IOException {
    write("user_emails", "CREATE VIEW IF NOT EXISTS user_emails AS SELECT email FROM users;\n");
    retort.upgrade("heads");
    write("user_emails", "CREATE VIEW IF NOT EXISTS user_emails AS SELECT id FROM users;\n");

    assertThat(retort.downgrade("-1").repeatablesApplied()).isEmpty();
    assertThat(retort.stamp("heads").repeatablesApplied()).isEmpty();
    assertThat(retort.repeatables()).extracting(RepeatableStatus::state).containsExactly(RepeatableState.OUTDATED);
  }

  private String viewSql() {
    return ApiProject.column(database, "SELECT sql FROM sqlite_master WHERE name = 'user_emails'").get(0);
  }

  private void write(String name, String text) throws IOException {
    Files.createDirectories(repeatable);
    Files.writeString(repeatable.resolve(name + ".sql"), text);
  }
}
