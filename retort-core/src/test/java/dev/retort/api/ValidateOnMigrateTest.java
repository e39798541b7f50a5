package dev.retort.api;

import static dev.retort.api.ApiProject.ORDERS;
import static dev.retort.api.ApiProject.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * {@link MigrationRun#validateOnMigrate(boolean)} on a real SQLite file, and {@link Retort#readFiles()}
 * with the variants that keep what was read.
 */
class ValidateOnMigrateTest {
  @TempDir Path dir;
  Path versions;
  Path database;

  @BeforeEach
  void firstRevisionApplied() {
    versions = ApiProject.twoRevisions(dir.resolve("migrations/versions"));
    database = dir.resolve("app.db");
    retort().upgrade("+1");
  }

  private Retort retort() {
    return Retort.configure().workingDirectory(dir).url("sqlite:app.db").load();
  }

  private MigrationRun upgrade(Retort retort, boolean validate) {
    return retort.prepare(Direction.UPGRADE, "heads", false, MigrationListener.silent()).validateOnMigrate(validate);
  }

  @Test
  void editedAppliedRevision_isRefused_andNothingRuns() throws IOException {
    Path users = versions.resolve(USERS + "_create_users.sql");
    Files.writeString(users, Files.readString(users).replace("email TEXT", "email VARCHAR(200)"));

    ChangedRevisionsException refused = catchThrowableOfType(() -> upgrade(retort(), true).execute(),
        ChangedRevisionsException.class);

    assertThat(refused.code()).isEqualTo(ErrorCode.V009);
    assertThat(refused.summary()).isEqualTo(
        "1 applied revision was edited since it was applied, and validate-on-migrate is on");
    assertThat(refused.changed()).singleElement().satisfies(s -> {
      assertThat(s.id()).isEqualTo(USERS);
      assertThat(s.state()).isEqualTo(RevisionState.EDITED);
    });
    assertThat(refused.details()).singleElement().asString().startsWith("edited   " + USERS + "  ")
        .contains("create_users.sql", "applied sha256:", "file now sha256:");
    assertThat(ApiProject.tables(database)).doesNotContain("orders");
  }

  @Test
  void versionRowNoFileHas_isRefused() throws SQLException {
    execute("INSERT INTO retort_version (version_num) VALUES ('cccc00000003')");

    ChangedRevisionsException refused = catchThrowableOfType(() -> upgrade(retort(), true).execute(),
        ChangedRevisionsException.class);

    assertThat(refused.summary()).startsWith("1 applied revision has no file since it was applied");
    assertThat(refused.changed()).extracting(RevisionStatus::id, RevisionStatus::state)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("cccc00000003", RevisionState.MISSING));
  }

  @Test
  void editedRevision_withoutTheOption_runsAsBefore() throws IOException {
    Path users = versions.resolve(USERS + "_create_users.sql");
    Files.writeString(users, Files.readString(users).replace("email TEXT", "email VARCHAR(200)"));

    MigrationResult result = upgrade(retort(), false).execute();

    assertThat(result.applied()).extracting(a -> a.step().revisionId().orElseThrow()).containsExactly(ORDERS);
  }

  @Test
  void unchangedFiles_upgradeWithTheCheck() {
    MigrationResult result = upgrade(retort(), true).execute();

    assertThat(result.plan().rowsAfter()).containsExactly(ORDERS);
    assertThat(ApiProject.tables(database)).contains("orders");
  }

  @Test
  void readFiles_thenVariants_doNotReadTheFilesAgain() {
    Retort read = Retort.configure().workingDirectory(dir).load().readFiles();
    ApiProject.revision(versions, "cccc00000003", ORDERS, "add items", "CREATE TABLE items (id INTEGER PRIMARY KEY);",
        "DROP TABLE items;");
    SQLiteDataSource pool = new SQLiteDataSource();
    pool.setUrl("jdbc:sqlite:" + database);

    MigrationResult result = upgrade(read.withDataSource(pool).withCallbacks(java.util.List.of()), true).execute();

    assertThat(result.applied()).extracting(a -> a.step().revisionId().orElseThrow()).containsExactly(ORDERS);
    assertThat(read.withUrl("sqlite:app.db").status()).extracting(RevisionStatus::id).containsExactly(USERS, ORDERS);
    assertThat(retort().status()).extracting(RevisionStatus::id).containsExactly(USERS, ORDERS, "cccc00000003");
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
