package dev.retort.api;

import static dev.retort.api.SquashFixture.R0;
import static dev.retort.api.SquashFixture.R1;
import static dev.retort.api.SquashFixture.R2;
import static dev.retort.api.SquashFixture.R3;
import static dev.retort.api.SquashFixture.R4;
import static dev.retort.api.SquashFixture.R5;
import static dev.retort.api.SquashFixture.SQUASH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.schema.SchemaSnapshot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Squash semantics on a real database, with a squash written by hand: databases at base, part-way
 * through the squashed range, at its end and past it all reach head with the schema of the old
 * revisions (compared by reflection into the schema model). Each subclass runs it on one database
 * engine.
 */
abstract class SquashContract {
  @TempDir Path dir;

  /** The project in {@code project} on the test database called {@code database} (made on first use). */
  abstract Retort retort(Path project, String database) throws Exception;

  /** The reflected schema of the test database {@code database}, without Retort's own tables. */
  abstract SchemaSnapshot schema(String database) throws Exception;

  Path plain() {
    return dir.resolve("plain");
  }

  Path squashed() {
    return dir.resolve("squashed");
  }

  private static Path versions(Path project) {
    return project.resolve("migrations/versions");
  }

  @BeforeEach
  void projects() {
    SquashFixture.history(versions(plain()));
    SquashFixture.history(versions(squashed()));
    SquashFixture.squash(versions(squashed()));
  }

  /** The schema every database must end with: the old revisions run one by one. */
  private SchemaSnapshot reference() throws Exception {
    retort(plain(), "reference").upgrade("head");
    return schema("reference");
  }

  private static List<String> steps(MigrationResult result) {
    return result.applied().stream()
        .map(s -> (s.step().direction() == Direction.DOWNGRADE ? "-" : "") + s.step().revisionId().orElse("stamp"))
        .toList();
  }

  @Test
  void freshDatabase_runsTheSquashInsteadOfTheRange() throws Exception {
    MigrationResult result = retort(squashed(), "fresh").upgrade("head");

    assertThat(steps(result)).containsExactly(R0, SQUASH, R4, R5);
    assertThat(retort(squashed(), "fresh").versionRows()).containsExactly(R5);
    assertThat(schema("fresh")).isEqualTo(reference());
  }

  @Test
  void partWayDatabase_finishesThroughTheOldRevisions() throws Exception {
    assertThat(steps(retort(squashed(), "partway").upgrade(R1))).containsExactly(R0, R1);
    assertThat(retort(squashed(), "partway").status()).extracting(RevisionStatus::id).contains(R1, R2, R3)
        .doesNotContain(SQUASH);

    MigrationResult rest = retort(squashed(), "partway").upgrade("head");

    assertThat(steps(rest)).containsExactly(R2, R3, R4, R5);
    assertThat(schema("partway")).isEqualTo(reference());
    assertThat(retort(squashed(), "partway").status()).extracting(RevisionStatus::id).contains(SQUASH)
        .doesNotContain(R1, R2, R3);
  }

  @Test
  void databaseAtTheRangesEnd_isReadAsHavingTheSquash() throws Exception {
    retort(plain(), "end").upgrade(R3);
    Retort squashedProject = retort(squashed(), "end");
    assertThat(squashedProject.versionRows()).containsExactly(R3);
    assertThat(squashedProject.status()).extracting(s -> s.id() + " " + s.state())
        .containsExactly(R0 + " APPLIED", SQUASH + " APPLIED", R4 + " PENDING", R5 + " PENDING");

    MigrationResult rest = squashedProject.upgrade("head");

    assertThat(steps(rest)).containsExactly(R4, R5);
    assertThat(rest.applied().get(0).step().rowsBefore()).containsExactly(R3);
    assertThat(retort(squashed(), "end").versionRows()).containsExactly(R5);
    assertThat(schema("end")).isEqualTo(reference());
  }

  @Test
  void databasePastTheRange_continuesAtItsChildren() throws Exception {
    retort(plain(), "past").upgrade(R4);

    MigrationResult rest = retort(squashed(), "past").upgrade("head");

    assertThat(steps(rest)).containsExactly(R5);
    assertThat(schema("past")).isEqualTo(reference());
  }

  @Test
  void fromBase_upgradeToAReplacedRevision_runsTheOldChainUpToIt() throws Exception {
    assertThat(steps(retort(squashed(), "target").upgrade(R2))).containsExactly(R0, R1, R2);
    assertThat(retort(squashed(), "target").versionRows()).containsExactly(R2);
  }

  @Test
  void databaseAtTheRangesEnd_downgradesThroughTheSquash() throws Exception {
    retort(plain(), "down").upgrade(R3);

    MigrationResult down = retort(squashed(), "down").downgrade(R0);

    assertThat(steps(down)).containsExactly("-" + SQUASH);
    assertThat(down.applied().get(0).step().rowsBefore()).containsExactly(R3);
    assertThat(retort(squashed(), "down").versionRows()).containsExactly(R0);
    assertThat(steps(retort(squashed(), "down").upgrade("head"))).containsExactly(SQUASH, R4, R5);
    assertThat(schema("down")).isEqualTo(reference());
  }

  @Test
  void squashedDatabase_downgradeIntoTheRange_isRefusedWithTheWayOut() throws Exception {
    retort(squashed(), "inside").upgrade("head");

    RetortException error = catchThrowableOfType(() -> retort(squashed(), "inside").downgrade(R2),
        RetortException.class);

    assertThat(error.code()).isEqualTo(ErrorCode.P010);
    assertThat(error.summary()).contains(R2, SQUASH);
    assertThat(error.hint()).contains("retort downgrade " + R0);
    assertThat(retort(squashed(), "inside").versionRows()).containsExactly(R5);
  }

  @Test
  void databaseAtTheRangesEnd_stampTheSquash_rewritesItsRow() throws Exception {
    retort(plain(), "stamp").upgrade(R3);

    retort(squashed(), "stamp").stamp(SQUASH);

    assertThat(retort(squashed(), "stamp").versionRows()).containsExactly(SQUASH);
    assertThat(steps(retort(squashed(), "stamp").upgrade("head"))).containsExactly(R4, R5);
  }

  @Test
  void graphCommands_showTheSquashInPlaceOfTheRange_andOneHead() throws Exception {
    Retort retort = retort(squashed(), "graph");

    assertThat(retort.heads(false)).extracting(RevisionInfo::id).containsExactly(R5);
    assertThat(retort.history(java.util.Optional.empty())).extracting(RevisionInfo::id)
        .containsExactly(R5, R4, SQUASH, R0);
    assertThat(retort.branchPoints()).isEmpty();
  }
}
