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

  // ---- retort squash: generated and concatenated

  private static final String GENERATED = "g7777777777a";

  private Path generatedProject(boolean concat) throws Exception {
    Path project = dir.resolve(concat ? "concat" : "generated");
    SquashFixture.history(versions(project));
    Path file = retort(project, "scratch-unused").squash(
        new NewSquash(R1 + ":" + R3, "squash a and b", concat, java.util.Optional.of(GENERATED)));
    String text = java.nio.file.Files.readString(file);
    assertThat(text).contains("-- Revises: " + R0 + "\n").contains("-- Replaces: " + R1 + ", " + R2 + ", " + R3 + "\n");
    return project;
  }

  @Test
  void generatedSquash_everyKindOfDatabaseReachesTheSameSchema() throws Exception {
    squashAndUpgradeEveryKind(false);
  }

  @Test
  void concatenatedSquash_everyKindOfDatabaseReachesTheSameSchema() throws Exception {
    squashAndUpgradeEveryKind(true);
  }

  private void squashAndUpgradeEveryKind(boolean concat) throws Exception {
    Path project = generatedProject(concat);
    String k = concat ? "c" : "g";
    SchemaSnapshot reference = reference();
    retort(plain(), k + "part").upgrade(R2);
    retort(plain(), k + "end").upgrade(R3);
    retort(plain(), k + "past").upgrade(R4);

    assertThat(steps(retort(project, k + "fresh").upgrade("head"))).containsExactly(R0, GENERATED, R4, R5);
    assertThat(steps(retort(project, k + "part").upgrade("head"))).containsExactly(R3, R4, R5);
    assertThat(steps(retort(project, k + "end").upgrade("head"))).containsExactly(R4, R5);
    assertThat(steps(retort(project, k + "past").upgrade("head"))).containsExactly(R5);
    for (String database : List.of("fresh", "part", "end", "past")) {
      assertThat(schema(k + database)).as(database).isEqualTo(reference);
    }
    assertThat(steps(retort(project, k + "fresh").downgrade(R0))).containsExactly("-" + R5, "-" + R4, "-" + GENERATED);
    retort(plain(), k + "r0").upgrade(R0);
    assertThat(schema(k + "fresh")).isEqualTo(schema(k + "r0"));
  }

  @Test
  void squash_rangeWithABranchPointInside_isRefusedNamingIt() throws Exception {
    ApiProject.revision(versions(plain()), "x000000000a", R2, "side branch", "CREATE TABLE x (id INTEGER);",
        "DROP TABLE x;");

    RetortException error = catchThrowableOfType(() -> retort(plain(), "unused").squash(
        new NewSquash(R1 + ":" + R3, "squash", true, java.util.Optional.empty())), RetortException.class);

    assertThat(error.code()).isEqualTo(ErrorCode.A010);
    assertThat(error.summary()).contains(R2 + " is a branch point");
  }

  // ---- retort squash --prune

  @Test
  void prune_isRefusedWhileTheDatabaseIsPartWay_andWorksOnceItIsPast() throws Exception {
    retort(squashed(), "prune").upgrade(R2);

    RetortException partWay = catchThrowableOfType(() -> retort(squashed(), "prune").pruneSquashes(
        java.util.Optional.empty()), RetortException.class);

    assertThat(partWay.code()).isEqualTo(ErrorCode.A010);
    assertThat(partWay.hint()).contains("retort upgrade " + R3);
    assertThat(versions(squashed()).resolve(R1 + "_create_a.sql")).exists();

    retort(squashed(), "prune").upgrade("head");
    List<SquashPruned> pruned = retort(squashed(), "prune").pruneSquashes(java.util.Optional.of(SQUASH));

    assertThat(pruned).singleElement().satisfies(p -> {
      assertThat(p.replaced()).containsExactly(R1, R2, R3);
      assertThat(p.deleted()).hasSize(3).allSatisfy(f -> assertThat(f).doesNotExist());
    });
    assertThat(java.nio.file.Files.readString(versions(squashed()).resolve(R4 + "_index_b.sql")))
        .contains("-- Revises: " + SQUASH + "\n");
    assertThat(java.nio.file.Files.readString(versions(squashed()).resolve(SQUASH + "_squash_a_and_b.sql")))
        .doesNotContain("Replaces");
    Retort after = retort(squashed(), "prune");
    assertThat(after.history(java.util.Optional.empty())).extracting(RevisionInfo::id).containsExactly(R5, R4, SQUASH, R0);
    assertThat(after.upgrade("head").nothingToDo()).isTrue();
    assertThat(steps(retort(squashed(), "pruned-fresh").upgrade("head"))).containsExactly(R0, SQUASH, R4, R5);
    assertThat(schema("pruned-fresh")).isEqualTo(reference());
  }

  @Test
  void prune_isRefusedWhileTheDatabaseRecordsTheRangesEnd_untilItIsStampedAsTheSquash() throws Exception {
    retort(plain(), "prune-end").upgrade(R3);

    RetortException atEnd = catchThrowableOfType(() -> retort(squashed(), "prune-end").pruneSquashes(
        java.util.Optional.empty()), RetortException.class);

    assertThat(atEnd.code()).isEqualTo(ErrorCode.A010);
    assertThat(atEnd.hint()).contains("retort stamp " + SQUASH);
    retort(squashed(), "prune-end").stamp(SQUASH);
    assertThat(retort(squashed(), "prune-end").pruneSquashes(java.util.Optional.empty())).hasSize(1);
    assertThat(steps(retort(squashed(), "prune-end").upgrade("head"))).containsExactly(R4, R5);
  }

  @Test
  void idRewrites_areRefusedUntilTheSquashIsPruned() throws Exception {
    for (String id : List.of(R2, SQUASH, R4)) {
      RetortException refused = catchThrowableOfType(() -> retort(squashed(), "rename").renameRevision(id,
          "renamed00000", new IdRewriteOptions(false, true, java.util.Optional.empty())), RetortException.class);
      assertThat(refused.code()).as("renaming %s", id).isEqualTo(ErrorCode.A006);
      assertThat(refused.hint()).isEqualTo("prune it first (retort squash --prune " + SQUASH + "), then rename");
    }
    assertThat(read(versions(squashed()).resolve(java.nio.file.Files.list(versions(squashed()))
        .filter(f -> read(f).contains("-- Revision: " + R4)).findFirst().orElseThrow().getFileName())))
        .as("nothing was written").contains("-- Revises: " + R3);
  }

  private static String read(Path file) {
    try {
      return java.nio.file.Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
