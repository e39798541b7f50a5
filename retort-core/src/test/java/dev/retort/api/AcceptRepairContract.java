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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code accept} and {@code repair} through the public API; each subclass runs them on one real
 * database. The file checksums are computed here, from the bytes on disk, not by Retort.
 */
abstract class AcceptRepairContract {
  @TempDir Path dir;

  /**
   * The project in {@code dir} on the test's database, reading the revision files anew (a Retort
   * reads them once, on first use).
   */
  abstract Retort retort() throws Exception;

  /** The rows of {@code sql} on the test's database, each row's columns joined by {@code |}, in order. */
  abstract List<String> rows(String sql) throws Exception;

  /** Runs one statement on the test's database. */
  abstract void execute(String sql) throws Exception;

  Path versions() {
    return dir.resolve("migrations/versions");
  }

  @BeforeEach
  void files() {
    ApiProject.twoRevisions(versions());
  }

  private void editUsers() {
    ApiProject.revision(versions(), USERS, "", "create users",
        "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT); -- reformatted by hand", "DROP TABLE users;");
  }

  private String fileChecksum(String id) throws IOException, NoSuchAlgorithmException {
    try (Stream<Path> files = Files.list(versions())) {
      Path file = files.filter(f -> f.getFileName().toString().startsWith(id)).findFirst().orElseThrow();
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
  }

  private RevisionState state(Retort retort, String id) {
    return retort.status().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().state();
  }

  @Test
  void editedRevision_accept_isAppliedAgain_andTheHistoryKeepsBothChecksums() throws Exception {
    Retort retort = retort();
    retort.upgrade("heads");
    String before = fileChecksum(USERS);
    editUsers();
    retort = retort();
    String after = fileChecksum(USERS);
    assertThat(after).isNotEqualTo(before);
    assertThat(state(retort, USERS)).isEqualTo(RevisionState.EDITED);

    List<AcceptedRevision> accepted = retort.accept(List.of(USERS));

    assertThat(accepted).singleElement().satisfies(a -> {
      assertThat(a.revision().id()).isEqualTo(USERS);
      assertThat(a.previousChecksum()).isEqualTo(before);
      assertThat(a.newChecksum()).isEqualTo(after);
    });
    assertThat(state(retort, USERS)).isEqualTo(RevisionState.APPLIED);
    assertThat(state(retort, ORDERS)).isEqualTo(RevisionState.APPLIED);
    assertThat(rows("SELECT direction, checksum, previous_checksum FROM retort_history WHERE revision = '"
        + USERS + "' ORDER BY id")).containsExactly("upgrade|" + before + "|null", "accept|" + after + "|" + before);
  }

  @Test
  void repairDryRun_listsTheEditedRevision_andChangesNothing() throws Exception {
    Retort retort = retort();
    retort.upgrade("heads");
    editUsers();
    retort = retort();
    List<String> historyBefore = rows("SELECT revision, direction, checksum FROM retort_history ORDER BY id");

    List<AcceptedRevision> wouldAccept = retort.repair(true);

    assertThat(wouldAccept).extracting(a -> a.revision().id()).containsExactly(USERS);
    assertThat(rows("SELECT revision, direction, checksum FROM retort_history ORDER BY id")).isEqualTo(historyBefore);
    assertThat(state(retort, USERS)).isEqualTo(RevisionState.EDITED);
  }

  @Test
  void repair_acceptsEveryEditedRevision_thenHasNothingLeft() throws Exception {
    Retort retort = retort();
    retort.upgrade("heads");
    editUsers();
    ApiProject.revision(versions(), ORDERS, USERS, "add orders",
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER); -- edited", "DROP TABLE orders;");
    retort = retort();

    List<AcceptedRevision> accepted = retort.repair(false);

    assertThat(accepted).extracting(a -> a.revision().id()).containsExactly(USERS, ORDERS);
    assertThat(retort.status()).extracting(RevisionStatus::state).containsOnly(RevisionState.APPLIED);
    assertThat(retort.repair(false)).isEmpty();
  }

  @Test
  void acceptPendingRevision_failsWithV020_andRecordsNothing() throws Exception {
    Retort retort = retort();
    retort.upgrade(USERS);
    editUsers();
    Retort edited = retort();

    RetortException error = catchThrowableOfType(() -> edited.accept(List.of(USERS, ORDERS)), RetortException.class);

    assertThat(error.code()).isEqualTo(ErrorCode.V020);
    assertThat(error.render()).contains(ORDERS, "pending");
    assertThat(rows("SELECT direction FROM retort_history ORDER BY id")).containsExactly("upgrade");
  }

  @Test
  void acceptUneditedRevision_failsWithV020() throws Exception {
    Retort retort = retort();
    retort.upgrade("heads");

    RetortException error = catchThrowableOfType(() -> retort.accept(List.of(ORDERS)), RetortException.class);

    assertThat(error.code()).isEqualTo(ErrorCode.V020);
    assertThat(error.render()).contains(ORDERS, "has not changed");
  }

  @Test
  void historyTableWithoutTheColumn_getsItOnFirstAccept() throws Exception {
    Retort retort = retort();
    retort.upgrade("heads");
    execute("ALTER TABLE retort_history DROP COLUMN previous_checksum");
    String before = fileChecksum(USERS);
    editUsers();
    retort = retort();

    retort.accept(List.of(USERS));

    assertThat(rows("SELECT direction, previous_checksum FROM retort_history WHERE revision = '" + USERS
        + "' ORDER BY id")).containsExactly("upgrade|null", "accept|" + before);
    assertThat(state(retort, USERS)).isEqualTo(RevisionState.APPLIED);
  }
}
