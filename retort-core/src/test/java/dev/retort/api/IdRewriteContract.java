package dev.retort.api;

import static dev.retort.api.RenameProject.A;
import static dev.retort.api.RenameProject.B;
import static dev.retort.api.RenameProject.C;
import static dev.retort.api.RenameProject.M;
import static dev.retort.api.RenameProject.SHORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code rename-revision} and {@code rewrite-ids} through the public API on real databases whose
 * version table holds the old ids; each subclass provides two databases of one kind. Expected
 * values are worked out here from the old graph and the mapping the command returns.
 */
abstract class IdRewriteContract {
  @TempDir Path dir;

  /** The project in {@code dir} on the first database (files read anew). */
  abstract Retort retort() throws Exception;

  /** The project in {@code dir} on the second database. */
  abstract Retort second() throws Exception;

  /** Rows of {@code sql} on the first (0) or second (1) database, columns joined by {@code |}, in order. */
  abstract List<String> rows(int database, String sql) throws Exception;

  /** Runs one statement on the first (0) or second (1) database. */
  abstract void execute(int database, String sql) throws Exception;

  Path versions() {
    return dir.resolve("migrations/versions");
  }

  private List<String> versionRows(int database) throws Exception {
    return rows(database, "SELECT version_num FROM retort_version ORDER BY version_num");
  }

  private List<String> history(int database) throws Exception {
    return rows(database, "SELECT id, revision, direction, checksum FROM retort_history ORDER BY id");
  }

  /** Files and both databases' rows, to compare before and after. */
  private List<Object> everything() throws Exception {
    return List.of(RenameProject.files(dir.resolve("migrations")), versionRows(0), history(0));
  }

  private static Map<String, String> mapping(IdRewriteResult result) {
    Map<String, String> mapping = new HashMap<>();
    result.renames().forEach(r -> mapping.put(r.oldId(), r.newId()));
    return mapping;
  }

  @ParameterizedTest
  @EnumSource(RenameProject.Shape.class)
  void rewriteIds_longerThan32_sameGraphUnderNewIds_rowsAndHistoryRenamed_nothingEdited(RenameProject.Shape shape)
      throws Exception {
    RenameProject.write(versions(), shape);
    Retort retort = retort();
    retort.upgrade("heads");
    List<RevisionInfo> graphBefore = retort.revisions();
    List<String> rowsBefore = versionRows(0);
    List<String> historyBefore = history(0);

    IdRewriteResult result = retort().rewriteIds(RevisionSelection.longerThan(32), IdRewriteOptions.defaults());

    Map<String, String> mapping = mapping(result);
    assertThat(mapping).containsOnlyKeys(shape == RenameProject.Shape.ONE_BRANCH || shape == RenameProject.Shape.SEVERAL_HEADS
        ? List.of(A, B, C) : List.of(A, B, C, M));
    assertThat(mapping.values()).allMatch(id -> id.matches("[0-9a-f]{12}")).doesNotHaveDuplicates();
    Retort after = retort();
    assertThat(RenameProject.graph(after.revisions(), Map.of())).isEqualTo(RenameProject.graph(graphBefore, mapping));
    assertThat(versionRows(0)).containsExactlyInAnyOrderElementsOf(
        rowsBefore.stream().map(r -> mapping.getOrDefault(r, r)).toList());
    List<String> historyAfter = history(0);
    for (int i = 0; i < historyBefore.size(); i++) {
      String[] old = historyBefore.get(i).split("\\|", -1);
      String[] now = historyAfter.get(i).split("\\|", -1);
      assertThat(now[0]).isEqualTo(old[0]);
      assertThat(now[1]).isEqualTo(mapping.getOrDefault(old[1], old[1]));
      assertThat(now[2] + "|" + now[3]).isEqualTo(old[2] + "|" + old[3]);
    }
    assertThat(historyAfter.subList(historyBefore.size(), historyAfter.size()))
        .allMatch(row -> row.split("\\|")[2].equals("accept"));
    assertThat(after.status()).extracting(RevisionStatus::state).containsOnly(RevisionState.APPLIED);
    assertThat(after.plan(Direction.UPGRADE, "heads", false).steps()).isEmpty();
    assertThat(result.mappingFile()).contains(dir.resolve("retort-id-mapping.json"));
    assertThat(Files.readString(dir.resolve("retort-id-mapping.json"))).contains("\"old\" : \"" + A + "\"",
        "\"new\" : \"" + mapping.get(A) + "\"");
  }

  @Test
  void renameRevision_parentOfAMerge_rewritesTheMergeAndTheDatabase_andASecondRunChangesNothing() throws Exception {
    RenameProject.write(versions(), RenameProject.Shape.MERGE);
    retort().upgrade("heads");
    String mergeFile = M + "_merge.sql";

    IdRewriteResult result = retort().renameRevision(B, "b0b0b0b0b0b0", IdRewriteOptions.defaults());

    assertThat(result.renames()).containsExactly(new RenamedId(B, "b0b0b0b0b0b0"));
    assertThat(versions().resolve("b0b0b0b0b0b0_add_orders.sql")).exists();
    assertThat(versions().resolve(B + "_add_orders.sql")).doesNotExist();
    assertThat(Files.readString(versions().resolve(mergeFile))).contains("-- Revises: b0b0b0b0b0b0, " + C + "\n");
    assertThat(Files.readString(versions().resolve(C + "_add_invoices.sql"))).contains("-- Depends-On: b0b0b0b0b0b0\n");
    assertThat(result.files()).extracting(f -> f.after().getFileName().toString()).containsExactlyInAnyOrder(
        "b0b0b0b0b0b0_add_orders.sql", C + "_add_invoices.sql", mergeFile);
    assertThat(history(0)).anyMatch(r -> r.contains("|b0b0b0b0b0b0|upgrade|")).noneMatch(r -> r.contains("|" + B + "|"));
    assertThat(retort().status()).extracting(RevisionStatus::state).containsOnly(RevisionState.APPLIED);
    List<Object> before = everything();

    IdRewriteResult again = retort().renameRevision(B, "b0b0b0b0b0b0", IdRewriteOptions.defaults());

    assertThat(again.nothingToDo()).isTrue();
    assertThat(everything()).isEqualTo(before);
  }

  @Test
  void rewriteIds_secondRun_isANoOp() throws Exception {
    RenameProject.write(versions(), RenameProject.Shape.ONE_BRANCH);
    retort().upgrade("heads");
    retort().rewriteIds(RevisionSelection.longerThan(32), IdRewriteOptions.defaults());
    List<Object> before = everything();

    IdRewriteResult again = retort().rewriteIds(RevisionSelection.longerThan(32),
        new IdRewriteOptions(false, false, Optional.of(dir.resolve("second-mapping.json"))));

    assertThat(again.nothingToDo()).isTrue();
    assertThat(everything()).isEqualTo(before);
    assertThat(dir.resolve("second-mapping.json")).doesNotExist();
  }

  @Test
  void dryRun_reportsEveryChange_andWritesNothing() throws Exception {
    RenameProject.write(versions(), RenameProject.Shape.SEVERAL_HEADS);
    retort().upgrade("heads");
    List<Object> before = everything();

    IdRewriteResult result = retort().rewriteIds(RevisionSelection.every(),
        new IdRewriteOptions(true, false, Optional.empty()));

    assertThat(everything()).isEqualTo(before);
    assertThat(dir.resolve("retort-id-mapping.json")).doesNotExist();
    assertThat(result.dryRun()).isTrue();
    Map<String, String> mapping = mapping(result);
    assertThat(result.files()).hasSize(3).allMatch(RenamedFile::moved);
    RenamedFile users = result.files().stream().filter(f -> f.oldId().equals(A)).findFirst().orElseThrow();
    assertThat(users.lines()).contains(new ChangedLine(1, "-- Revision: " + A, "-- Revision: " + mapping.get(A)));
    assertThat(result.statements()).contains(
        "UPDATE retort_version SET version_num = '" + mapping.get(B) + "' WHERE version_num = '" + B + "'",
        "UPDATE retort_version SET version_num = '" + mapping.get(C) + "' WHERE version_num = '" + C + "'",
        "UPDATE retort_history SET revision = '" + mapping.get(A) + "' WHERE revision = '" + A + "'");
  }

  @Test
  void applyMapping_bringsASecondDatabaseAlong_onceOnly() throws Exception {
    RenameProject.write(versions(), RenameProject.Shape.MERGE);
    retort().upgrade("heads");
    second().upgrade(B);
    List<String> secondHistory = history(1);
    IdRewriteResult rewrite = retort().rewriteIds(RevisionSelection.longerThan(32), IdRewriteOptions.defaults());
    Map<String, String> mapping = mapping(rewrite);

    IdRewriteResult applied = second().applyIdMapping(dir.resolve("retort-id-mapping.json"), false);

    assertThat(applied.renames()).isNotEmpty();
    assertThat(versionRows(1)).containsExactly(mapping.get(B));
    assertThat(history(1).subList(0, secondHistory.size())).extracting(r -> r.split("\\|")[1])
        .containsExactlyElementsOf(secondHistory.stream().map(r -> mapping.get(r.split("\\|")[1])).toList());
    assertThat(second().status()).filteredOn(s -> s.state() != RevisionState.PENDING)
        .extracting(RevisionStatus::state).containsOnly(RevisionState.APPLIED).hasSize(2);
    List<String> rowsAfter = history(1);

    IdRewriteResult again = second().applyIdMapping(dir.resolve("retort-id-mapping.json"), false);

    assertThat(again.nothingToDo()).isTrue();
    assertThat(history(1)).isEqualTo(rowsAfter);
  }

  @Test
  void applyMapping_refusesARowThatIsNeitherAnOldNorANewId() throws Exception {
    RenameProject.write(versions(), RenameProject.Shape.ONE_BRANCH);
    second().upgrade(A);
    retort().rewriteIds(RevisionSelection.longerThan(32), new IdRewriteOptions(false, true, Optional.empty()));
    execute(1, "INSERT INTO retort_version (version_num) VALUES ('someone_elses_revision')");
    List<String> rowsBefore = versionRows(1);
    List<String> historyBefore = history(1);

    RetortException e = catchThrowableOfType(
        () -> second().applyIdMapping(dir.resolve("retort-id-mapping.json"), false), RetortException.class);

    assertThat(e.code()).isEqualTo(ErrorCode.V021);
    assertThat(e.details()).containsExactly("version row someone_elses_revision");
    assertThat(versionRows(1)).isEqualTo(rowsBefore);
    assertThat(history(1)).isEqualTo(historyBefore);
  }

  @Test
  void renameRevision_versionRowNoFileHas_isRefused_andNothingChanges() throws Exception {
    RenameProject.write(versions(), RenameProject.Shape.ONE_BRANCH);
    retort().upgrade("heads");
    execute(0, "INSERT INTO retort_version (version_num) VALUES ('gone_revision_1')");
    List<Object> before = everything();

    RetortException e = catchThrowableOfType(
        () -> retort().renameRevision(A, "a0a0a0a0a0a0", IdRewriteOptions.defaults()), RetortException.class);

    assertThat(e.code()).isEqualTo(ErrorCode.V021);
    assertThat(e.render()).contains("gone_revision_1");
    assertThat(everything()).isEqualTo(before);
  }

  @Test
  void fileWriteFailingMidway_leavesFilesAndDatabaseUnchanged() throws Exception {
    RenameProject.write(versions(), RenameProject.Shape.ONE_BRANCH);
    retort().upgrade("heads");
    // B's file is renamed, then C's Revises line rewritten; C's temporary file cannot be created: a folder has its name
    Path blocked = versions().resolve("." + C + "_add_invoices.sql.retort-tmp");
    Files.createDirectories(blocked.resolve("inside"));
    Files.writeString(blocked.resolve("inside/file"), "x");
    List<Object> before = everything();

    RetortException e = catchThrowableOfType(
        () -> retort().renameRevision(B, "0b0b0b0b0b0b", IdRewriteOptions.defaults()), RetortException.class);

    assertThat(e.code()).isEqualTo(ErrorCode.A008);
    assertThat(e.location()).hasValueSatisfying(l -> assertThat(l.toString()).contains(C + "_add_invoices.sql"));
    assertThat(everything()).isEqualTo(before);
  }

  @Test
  void newIdTakenOrIllegal_isRefusedBeforeAnythingIsWritten() throws Exception {
    RenameProject.write(versions(), RenameProject.Shape.ONE_BRANCH);
    retort().upgrade("heads");
    List<Object> before = everything();

    RetortException taken = catchThrowableOfType(
        () -> retort().renameRevision(A, B, IdRewriteOptions.defaults()), RetortException.class);
    RetortException illegal = catchThrowableOfType(
        () -> retort().renameRevision(A, "new-id", IdRewriteOptions.defaults()), RetortException.class);

    assertThat(taken.code()).isEqualTo(ErrorCode.A006);
    assertThat(taken.summary()).contains("revision id " + B + " is already taken");
    assertThat(illegal.code()).isEqualTo(ErrorCode.A006);
    assertThat(illegal.summary()).contains("contains '-'");
    assertThat(everything()).isEqualTo(before);
  }

  @Test
  void filesOnly_leavesTheDatabase_andAMappingBringsItAlongLater() throws Exception {
    RenameProject.write(versions(), RenameProject.Shape.ONE_BRANCH);
    retort().upgrade("heads");
    List<String> rowsBefore = versionRows(0);

    IdRewriteResult result = retort().rewriteIds(RevisionSelection.matching("^add_"),
        new IdRewriteOptions(false, true, Optional.of(dir.resolve("ids.tsv"))));

    assertThat(mapping(result)).containsOnlyKeys(B, C);
    assertThat(result.statements()).isEmpty();
    assertThat(versionRows(0)).isEqualTo(rowsBefore);
    assertThat(Files.readAllLines(dir.resolve("ids.tsv"))).contains(B + "\t" + mapping(result).get(B));

    retort().applyIdMapping(dir.resolve("ids.tsv"), false);

    assertThat(versionRows(0)).containsExactly(mapping(result).get(C));
    assertThat(retort().status()).extracting(RevisionStatus::state).containsOnly(RevisionState.APPLIED);
  }

  @Test
  void shortIdsAreKept_andAChildWithAShortIdGetsItsRevisesRewritten() throws Exception {
    RenameProject.write(versions(), RenameProject.Shape.MERGE);
    retort().upgrade("heads");

    IdRewriteResult result = retort().rewriteIds(RevisionSelection.longerThan(32), IdRewriteOptions.defaults());

    assertThat(mapping(result)).doesNotContainKey(SHORT);
    assertThat(versionRows(0)).containsExactly(SHORT);
    assertThat(Files.readString(versions().resolve(SHORT + "_add_audit.sql")))
        .contains("-- Revises: " + mapping(result).get(M) + "\n");
    assertThat(retort().status()).extracting(RevisionStatus::state).containsOnly(RevisionState.APPLIED);
  }

  @Test
  void aDowngradedRevision_getsNoAcceptRow_andStaysPending() throws Exception {
    RenameProject.write(versions(), RenameProject.Shape.ONE_BRANCH);
    retort().upgrade("heads");
    retort().downgrade("-1");

    IdRewriteResult result = retort().rewriteIds(RevisionSelection.longerThan(32), IdRewriteOptions.defaults());

    Map<String, String> mapping = mapping(result);
    assertThat(history(0)).filteredOn(r -> r.split("\\|")[2].equals("accept"))
        .extracting(r -> r.split("\\|")[1]).containsExactlyInAnyOrder(mapping.get(A), mapping.get(B));
    assertThat(retort().status()).extracting(s -> s.id() + " " + s.state()).containsExactly(
        mapping.get(A) + " APPLIED", mapping.get(B) + " APPLIED", mapping.get(C) + " PENDING");
  }
}
