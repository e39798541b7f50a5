package dev.retort.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java API on a half-run merge revision (SQLite): upgrade refuses with RT-V040 until {@link
 * Retort#resolve}; resolving as applied moves the version table as the merge step would have
 * (both parents' rows replaced by the merge), as rolled back leaves it.
 */
class ResolveApiTest {
  @TempDir Path dir;
  Retort retort;

  @BeforeEach
  void project() throws IOException {
    Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
    write(versions, "aaaa0001", "", true, "CREATE TABLE a (id INTEGER);");
    write(versions, "bbbb0001", "aaaa0001", true, "CREATE TABLE b (id INTEGER);");
    write(versions, "cccc0001", "aaaa0001", true, "CREATE TABLE c (id INTEGER);");
    write(versions, "mmmm0001", "bbbb0001, cccc0001", false,
        "CREATE TABLE m1 (id INTEGER);\nINSERT INTO no_such_table (id) VALUES (1);\nCREATE TABLE m3 (id INTEGER);");
    retort = Retort.configure().workingDirectory(dir).url("sqlite:app.db").load();
  }

  private static void write(Path versions, String id, String revises, boolean transactional, String upgrade)
      throws IOException {
    Files.writeString(versions.resolve(id + "_r.sql"), "-- Revision: " + id + "\n-- Revises: " + revises
        + "\n-- Message: revision " + id + "\n" + (transactional ? "" : "-- Transactional: false\n")
        + "\n-- +upgrade\n" + upgrade + "\n\n-- +downgrade\n");
  }

  @Test
  void aHalfRunMergeRefusesUpgrades_andResolvingAsAppliedReplacesBothParentRows() throws SQLException {
    RetortException failed = catchThrowableOfType(() -> retort.upgrade("heads"), RetortException.class);
    assertThat(failed.code()).isEqualTo(ErrorCode.V004);
    assertThat(failed.details()).contains("ran:      statement 1 of 3", "not run:  statement 3 of 3");
    assertThat(rows()).containsExactly("bbbb0001", "cccc0001");

    RetortException refused = catchThrowableOfType(() -> retort.upgrade("heads"), RetortException.class);
    assertThat(refused.code()).isEqualTo(ErrorCode.V040);
    assertThat(retort.unresolvedError()).get().extracting(RetortException::code).isEqualTo(ErrorCode.V040);
    assertThat(retort.status()).filteredOn(s -> s.id().equals("mmmm0001")).singleElement()
        .extracting(RevisionStatus::state).isEqualTo(RevisionState.UNRESOLVED);
    assertThat(catchThrowableOfType(() -> retort.downgrade("base"), RetortException.class).code())
        .isEqualTo(ErrorCode.V040);

    execute("CREATE TABLE m3 (id INTEGER)");
    ResolvedRevision resolved = retort.resolve("mmmm", Resolution.APPLIED);

    assertThat(resolved.id()).isEqualTo("mmmm0001");
    assertThat(resolved.direction()).isEqualTo(Direction.UPGRADE);
    assertThat(resolved.revision()).get().extracting(RevisionInfo::message).isEqualTo("revision mmmm0001");
    assertThat(resolved.rowsBefore()).containsExactly("bbbb0001", "cccc0001");
    assertThat(resolved.rowsAfter()).containsExactly("mmmm0001");
    assertThat(rows()).containsExactly("mmmm0001");
    assertThat(retort.unresolvedError()).isEmpty();
    assertThat(retort.upgrade("heads").nothingToDo()).isTrue();

    RetortException again = catchThrowableOfType(() -> retort.resolve("mmmm0001", Resolution.APPLIED),
        RetortException.class);
    assertThat(again.code()).isEqualTo(ErrorCode.V041);
  }

  @Test
  void resolvingAsRolledBackLeavesTheVersionTable_andTheNextUpgradeRunsTheMergeAgain() throws SQLException {
    RetortException failed = catchThrowableOfType(() -> retort.upgrade("heads"), RetortException.class);
    assertThat(failed.code()).isEqualTo(ErrorCode.V004);
    execute("DROP TABLE m1");

    ResolvedRevision resolved = retort.resolve("mmmm0001", Resolution.ROLLED_BACK);

    assertThat(resolved.rowsAfter()).isEqualTo(resolved.rowsBefore()).containsExactly("bbbb0001", "cccc0001");
    assertThat(rows()).containsExactly("bbbb0001", "cccc0001");
    // the next upgrade runs the merge again, from its first statement, and fails where it did
    RetortException rerun = catchThrowableOfType(() -> retort.upgrade("heads"), RetortException.class);
    assertThat(rerun.code()).isEqualTo(ErrorCode.V004);
    assertThat(rerun.details()).contains("ran:      statement 1 of 3");
  }

  private List<String> rows() throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT version_num FROM retort_version ORDER BY version_num")) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
