package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery, checksums and load-time errors of a real versions folder. */
class ScriptDirectoryTest {
  @TempDir Path root;
  Path versions;

  @BeforeEach
  void setUp() throws IOException {
    versions = Files.createDirectories(root.resolve("migrations/versions"));
  }

  private Path write(String relative, String content) throws IOException {
    Path file = versions.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static String sql(String id, String revises) {
    return "-- Revision: " + id + "\n-- Revises: " + revises + "\n-- Message: revision " + id + "\n\n-- +upgrade\nSELECT 1;\n";
  }

  private ScriptDirectory directory() {
    return new ScriptDirectory(List.of(versions));
  }

  private static <T extends RetortException> T failure(Class<T> type, Runnable action) {
    T e = catchThrowableOfType(action::run, type);
    assertThat(e).as("expected %s", type.getSimpleName()).isNotNull();
    return e;
  }

  private static void assertAt(RetortException e, ErrorCode code, Path file, int line) {
    assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
    assertThat(e.location()).as(e.getMessage()).contains(new Location(file, line));
    assertThat(e.getMessage()).contains(file.getFileName() + ":" + line);
  }

  private static String sha256Hex(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  // ---- discovery ----

  @Test
  void headers_recursiveSortedByPath_skipsHiddenFoldersOtherExtensionsAndHeaderlessFiles() throws IOException {
    Path c = write("c3c3c3c3c3c3_third.sql", sql("c3c3c3c3c3c3", "b2b2b2b2b2b2"));
    Path a = write("a1a1a1a1a1a1_first.sql", sql("a1a1a1a1a1a1", ""));
    Path nested = write("2025/q3/b2b2b2b2b2b2_second.sql", sql("b2b2b2b2b2b2", "a1a1a1a1a1a1"));
    Path java = write("sub/D4d4Migration.java",
        "@Revision(id = \"d4d4d4d4d4d4\", revises = \"c3c3c3c3c3c3\", message = \"java one\")\nclass D4d4Migration {}\n");
    write(".git/objects/e5e5.sql", sql("e5e5e5e5e5e5", "a1a1a1a1a1a1"));
    write(".old/f6f6f6f6f6f6_hidden.sql", sql("f6f6f6f6f6f6", "a1a1a1a1a1a1"));
    write("sub/.cache/g7g7.sql", sql("a7a7a7a7a7a7", "a1a1a1a1a1a1"));
    write("notes.txt", sql("b8b8b8b8b8b8", "a1a1a1a1a1a1"));
    write("old_migration.py", sql("c9c9c9c9c9c9", "a1a1a1a1a1a1"));
    write("backup.sql.bak", sql("d0d0d0d0d0d0", "a1a1a1a1a1a1"));
    write("README.sql", "-- queries for debugging\nSELECT count(*) FROM users;\n");
    write("sub/Util.java", "final class Util {}\n");

    List<ScriptHeader> headers = directory().headers();

    assertThat(headers).extracting(ScriptHeader::path).containsExactly(nested, a, c, java);
    assertThat(headers).extracting(ScriptHeader::path).isSorted();
    RevisionGraph graph = directory().graph();
    assertThat(graph.size()).isEqualTo(4);
    assertThat(graph.heads()).containsExactly(RevisionId.of("d4d4d4d4d4d4"));
    assertThat(graph.bases()).containsExactly(RevisionId.of("a1a1a1a1a1a1"));
    assertThat(graph.get(RevisionId.of("d4d4d4d4d4d4")).message()).isEqualTo("java one");
  }

  @Test
  void headers_severalVersionLocations_allReadSortedByPath() throws IOException {
    Path other = Files.createDirectories(root.resolve("plugins/versions"));
    Files.writeString(other.resolve("bbbb_plugin.sql"), sql("bbbb2222", "aaaa1111"));
    Path main = write("aaaa_main.sql", sql("aaaa1111", ""));

    List<ScriptHeader> headers = new ScriptDirectory(List.of(versions, other)).headers();

    assertThat(headers).extracting(ScriptHeader::path).containsExactly(main, other.resolve("bbbb_plugin.sql"));
  }

  @Test
  void headers_emptyDirectory_noHeaders() {
    assertThat(directory().headers()).isEmpty();
    assertThat(directory().graph().size()).isZero();
  }

  @Test
  void revisions_branchMergeLabelsAndDependencies() throws IOException {
    write("aaaa0001_base.sql", sql("aaaa0001", ""));
    write("aaaa0002_left.sql", sql("aaaa0002", "aaaa0001"));
    write("aaaa0003_right.sql",
        "-- Revision: aaaa0003\n-- Revises: aaaa0001\n-- Branch-Labels: right\n-- Depends-On: aaaa0002\n");
    write("aaaa0004_merge.sql", sql("aaaa0004", "aaaa0002, aaaa0003"));
    write("aaaa0005_other.sql", "-- Revision: aaaa0005\n-- Revises:\n-- Depends-On: right\n");

    RevisionGraph graph = directory().graph();

    assertThat(graph.heads()).containsExactly(RevisionId.of("aaaa0004"), RevisionId.of("aaaa0005"));
    assertThat(graph.bases()).containsExactly(RevisionId.of("aaaa0001"), RevisionId.of("aaaa0005"));
    assertThat(graph.branchPoints()).containsExactly(RevisionId.of("aaaa0001"));
    assertThat(graph.mergePoints()).containsExactly(RevisionId.of("aaaa0004"));
    assertThat(graph.dependencies(RevisionId.of("aaaa0005"))).containsExactly(RevisionId.of("aaaa0003"));
    assertThat(graph.labelOwner("right")).contains(RevisionId.of("aaaa0003"));
  }

  // ---- checksums ----

  @Test
  void checksum_isSha256OfContentWithLineEndingsNormalised() throws Exception {
    String lf = "-- Revision: abcd1234\n-- Revises:\n\n-- +upgrade\nCREATE TABLE t (id INT);\n\n-- +downgrade\nDROP TABLE t;\n";
    Path unix = write("unix/abcd1234.sql", lf);
    Path windows = write("windows/abcd1234.sql", lf.replace("\n", "\r\n"));
    Path oldMac = write("mac/abcd1234.sql", lf.replace("\n", "\r"));

    String expected = sha256Hex(lf.getBytes(StandardCharsets.UTF_8));

    assertThat(ScriptDirectory.read(unix).checksum()).isEqualTo(expected);
    assertThat(ScriptDirectory.read(windows).checksum()).isEqualTo(expected);
    assertThat(ScriptDirectory.read(oldMac).checksum()).isEqualTo(expected);
  }

  @Test
  void checksum_bytesDirectly_matchesMessageDigest() throws Exception {
    byte[] lf = "a\nb\n\nc".getBytes(StandardCharsets.UTF_8);

    assertThat(Checksum.of(lf)).isEqualTo(sha256Hex(lf));
    assertThat(Checksum.of("a\r\nb\r\n\r\nc".getBytes(StandardCharsets.UTF_8))).isEqualTo(sha256Hex(lf));
    assertThat(Checksum.of("a\rb\r\rc".getBytes(StandardCharsets.UTF_8))).isEqualTo(sha256Hex(lf));
    assertThat(Checksum.of(new byte[0])).isEqualTo(sha256Hex(new byte[0]));
  }

  @Test
  void checksum_largerThanInternalBuffer_matchesMessageDigest() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      text.append("INSERT INTO t VALUES (").append(i).append(", 'row');\n");
    }
    byte[] lf = text.toString().getBytes(StandardCharsets.UTF_8);
    byte[] crlf = text.toString().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);

    assertThat(Checksum.of(crlf)).isEqualTo(sha256Hex(lf));
  }

  @Test
  void checksum_contentChange_changesChecksum() throws IOException {
    Path one = write("one/x.sql", sql("abcd1234", ""));
    Path two = write("two/x.sql", sql("abcd1234", "") + "SELECT 2;\n");

    assertThat(ScriptDirectory.read(one).checksum()).isNotEqualTo(ScriptDirectory.read(two).checksum());
  }

  @Test
  void withoutChecksums_readsTheSameHeadersWithEmptyChecksums() throws IOException {
    write("a1.sql", sql("a1", ""));
    write("b2.sql", sql("b2", "a1"));
    ScriptDirectory scripts = new ScriptDirectory(List.of(versions));

    List<ScriptHeader> full = scripts.headers();
    List<ScriptHeader> bare = scripts.withoutChecksums().headers();

    assertThat(full).extracting(ScriptHeader::checksum).allSatisfy(sum -> assertThat(sum).hasSize(64));
    assertThat(bare).extracting(ScriptHeader::checksum).containsOnly("");
    assertThat(bare).extracting(ScriptHeader::id, ScriptHeader::revises, ScriptHeader::path)
        .isEqualTo(full.stream().map(h -> org.assertj.core.groups.Tuple.tuple(h.id(), h.revises(), h.path())).toList());
    assertThat(scripts.withoutChecksums().graph().heads()).isEqualTo(scripts.graph().heads());
  }

  @Test
  void versionLocationThatIsASymbolicLink_isReadThroughTheLinkAndNamedAsConfigured() throws IOException {
    Path real = Files.createDirectories(versions.resolveSibling("elsewhere"));
    Files.writeString(real.resolve("a1.sql"), sql("a1", ""));
    Files.writeString(real.resolve("b2.sql"), sql("b2", "a1"));
    Path link = Files.createSymbolicLink(versions.resolveSibling("linked"), real);

    List<ScriptHeader> headers = new ScriptDirectory(List.of(link)).headers();

    assertThat(headers).extracting(ScriptHeader::id).containsExactly("a1", "b2");
    assertThat(headers).extracting(ScriptHeader::path).containsExactly(link.resolve("a1.sql"), link.resolve("b2.sql"));
  }

  @Test
  void folderNamedLikeAScript_isWalkedIntoNotRead() throws IOException {
    write("a1.sql", sql("a1", ""));
    write("odd.sql/b2.sql", sql("b2", "a1"));
    write("odd.sql/deeper.java/c3.sql", sql("c3", "b2"));

    assertThat(new ScriptDirectory(List.of(versions)).headers()).extracting(ScriptHeader::id)
        .containsExactly("a1", "b2", "c3");
  }

  @Test
  void linksToFolders_areNotFollowedButLinksToFilesAreRead() throws IOException {
    Path outside = Files.createDirectories(versions.resolveSibling("outside"));
    Files.writeString(outside.resolve("x9.sql"), sql("x9", ""));
    write("a1.sql", sql("a1", ""));
    Files.createSymbolicLink(versions.resolve("linked"), outside);
    Files.createSymbolicLink(versions.resolve("linked.sql"), outside);
    Files.createSymbolicLink(versions.resolve("b2.sql"), outside.resolve("x9.sql"));

    assertThat(new ScriptDirectory(List.of(versions)).headers()).extracting(ScriptHeader::path)
        .containsExactly(versions.resolve("a1.sql"), versions.resolve("b2.sql"));
  }

  // ---- errors ----

  @Test
  void graph_illegalIdWithDash_S003WithFileAndLine() throws IOException {
    Path file = write("abc-def.sql", "-- Message: dashed\n-- Revision: abc-def\n-- Revises:\n");

    assertAt(failure(HeaderException.class, () -> directory().graph()), ErrorCode.S003, file, 2);
  }

  @Test
  void graph_illegalIdWithSpace_S003() throws IOException {
    Path file = write("ab.sql", "-- Revision: a b\n-- Revises:\n");

    assertAt(failure(HeaderException.class, () -> directory().revisions()), ErrorCode.S003, file, 1);
  }

  @Test
  void graph_revisesNamesFileNameWithDashes_S004NamesTheFileAndRealId() throws IOException {
    Path orders = write("2025-09-15-add-orders.sql", sql("9f8e7d6c5b4a", ""));
    Path email = write("a1b2c3d4e5f6_add_email.sql",
        "-- Revision: a1b2c3d4e5f6\n-- Message: add email\n-- Revises: 2025-09-15-add-orders.sql\n");

    RetortException e = failure(RetortException.class, () -> directory().graph());

    assertAt(e, ErrorCode.S004, email, 3);
    assertThat(e.getMessage())
        .contains("that is the file name of")
        .contains(orders.getFileName().toString())
        .contains("9f8e7d6c5b4a");
    assertThat(e.hint()).contains("Revises: 9f8e7d6c5b4a");
  }

  @Test
  void graph_revisesNamesFileStemWithDashes_S004NamesTheRealId() throws IOException {
    write("2025-09-15-add-orders.sql", sql("9f8e7d6c5b4a", ""));
    Path email = write("a1b2c3d4e5f6_add_email.sql", sql("a1b2c3d4e5f6", "2025-09-15-add-orders"));

    RetortException e = failure(RetortException.class, () -> directory().graph());

    assertAt(e, ErrorCode.S004, email, 2);
    assertThat(e.getMessage()).contains("that is the file name of").contains("9f8e7d6c5b4a");
  }

  @Test
  void graph_revisesNamesFileStemThatIsAValidId_S004NamesTheRealId() throws IOException {
    Path orders = write("20250915_add_orders.sql", sql("9f8e7d6c5b4a", ""));
    Path email = write("a1b2c3d4e5f6_add_email.sql", sql("a1b2c3d4e5f6", "20250915_add_orders"));

    RetortException e = failure(RetortException.class, () -> directory().graph());

    assertAt(e, ErrorCode.S004, email, 2);
    assertThat(e.getMessage())
        .contains("that is the file name of")
        .contains(orders.getFileName().toString())
        .contains("9f8e7d6c5b4a");
    assertThat(e.hint()).contains("Revises: 9f8e7d6c5b4a");
  }

  @Test
  void graph_revisesNamesMissingIdCloseToAnExistingOne_S004WithDidYouMean() throws IOException {
    write("9f8e7d6c5b4a_add_orders.sql", sql("9f8e7d6c5b4a", ""));
    Path email = write("a1b2c3d4e5f6_add_email.sql", sql("a1b2c3d4e5f6", "9f8e7d6c5b4b"));

    RetortException e = failure(RetortException.class, () -> directory().graph());

    assertAt(e, ErrorCode.S004, email, 2);
    assertThat(e.getMessage()).contains("9f8e7d6c5b4b").contains("did you mean").contains("9f8e7d6c5b4a");
  }

  @Test
  void graph_revisesNamesDeletedRevision_S004() throws IOException {
    write("9f8e7d6c5b4a_add_orders.sql", sql("9f8e7d6c5b4a", ""));
    Path merge = write("a1b2c3d4e5f6_merge.sql", sql("a1b2c3d4e5f6", "9f8e7d6c5b4a, 0123456789ab"));

    RetortException e = failure(RetortException.class, () -> directory().graph());

    assertAt(e, ErrorCode.S004, merge, 2);
    assertThat(e.getMessage()).contains("0123456789ab").doesNotContain("did you mean");
  }

  @Test
  void graph_dependsOnNamesNothing_S005() throws IOException {
    write("9f8e7d6c5b4a_add_orders.sql", sql("9f8e7d6c5b4a", ""));
    Path dep = write("a1b2c3d4e5f6_dep.sql", "-- Revision: a1b2c3d4e5f6\n-- Revises:\n-- Depends-On: nosuchlabel\n");

    assertAt(failure(RetortException.class, () -> directory().graph()), ErrorCode.S005, dep, 3);
  }

  @Test
  void graph_unreadableFile_S001() throws IOException {
    Path procMem = Path.of("/proc/self/mem");
    assumeTrue(Files.isRegularFile(procMem), "needs Linux /proc: a regular file whose read fails even for root");
    Path link = Files.createSymbolicLink(versions.resolve("aaaa_unreadable.sql"), procMem);
    write("bbbb_fine.sql", sql("bbbb1111", ""));

    RetortException e = failure(UnreadableScriptException.class, () -> directory().headers());

    assertThat(e.code()).isEqualTo(ErrorCode.S001);
    assertThat(e.location()).contains(Location.of(link));
    assertThat(e.getMessage()).contains("aaaa_unreadable.sql");
  }

  @Test
  void graph_danglingSymlink_S001() throws IOException {
    Path link = Files.createSymbolicLink(versions.resolve("aaaa_gone.sql"), root.resolve("deleted/aaaa_gone.sql"));
    write("bbbb_fine.sql", sql("bbbb1111", ""));

    RetortException e = failure(UnreadableScriptException.class, () -> directory().headers());

    assertThat(e.code()).isEqualTo(ErrorCode.S001);
    assertThat(e.location()).contains(Location.of(link));
  }

  @Test
  void headers_hiddenDanglingSymlink_ignored() throws IOException {
    // editors leave lock files such as .#name.sql -> user@host.1234 (a dangling link)
    Files.createSymbolicLink(versions.resolve(".#aaaa_first.sql"), Path.of("root@host.1234"));
    Path real = write("aaaa_first.sql", sql("aaaa1111", ""));

    assertThat(directory().headers()).extracting(ScriptHeader::path).containsExactly(real);
  }

  @Test
  void headers_nestedVersionLocations_eachFileReadOnce() throws IOException {
    Path top = write("aaaa_first.sql", sql("aaaa1111", ""));
    Path nested = write("feature/bbbb_second.sql", sql("bbbb2222", "aaaa1111"));

    ScriptDirectory both = new ScriptDirectory(List.of(versions, versions.resolve("feature")));

    assertThat(both.headers()).extracting(ScriptHeader::path).containsExactly(top, nested);
    assertThat(both.graph().size()).isEqualTo(2);
  }

  @Test
  void headers_directoryNamedLikeAScript_isWalkedNotRead() throws IOException {
    Path inside = write("archive.sql/aaaa_inside.sql", sql("aaaa1111", ""));

    assertThat(directory().headers()).extracting(ScriptHeader::path).containsExactly(inside);
  }

  @Test
  void headers_missingVersionDirectory_S006() {
    Path missing = root.resolve("nope/versions");

    RetortException e = failure(MissingScriptDirectoryException.class,
        () -> new ScriptDirectory(List.of(missing)).headers());

    assertThat(e.code()).isEqualTo(ErrorCode.S006);
    assertThat(e.location()).map(Location::file).contains(missing);
  }

  @Test
  void graph_duplicateIdAcrossFiles_G001NamesBothFiles() throws IOException {
    Path first = write("aaaa_one.sql", sql("abcdef123456", ""));
    Path second = write("bbbb_two.sql", "-- Create-Date: 2026-01-01T00:00:00Z\n" + sql("abcdef123456", ""));

    RetortException e = failure(RetortException.class, () -> directory().graph());

    assertThat(e.code()).isEqualTo(ErrorCode.G001);
    assertThat(e.getMessage())
        .contains("abcdef123456")
        .contains(first.getFileName() + ":1")
        .contains(second.getFileName() + ":2");
  }

  @Test
  void graph_cycle_G003() throws IOException {
    write("aaaa_root.sql", sql("aaaa0000", ""));
    write("bbbb_x.sql", sql("bbbb1111", "cccc2222"));
    write("cccc_y.sql", sql("cccc2222", "bbbb1111"));

    RetortException e = failure(RetortException.class, () -> directory().graph());

    assertThat(e.code()).isEqualTo(ErrorCode.G003);
    assertThat(e.getMessage()).contains("bbbb1111").contains("cccc2222").contains("cycle");
  }

  @Test
  void headers_severalBadFiles_firstByPathIsReported() throws IOException {
    for (int round = 0; round < 5; round++) {
      Path dirForRound = Files.createDirectories(root.resolve("round" + round));
      for (int i = 9; i >= 0; i--) {
        Files.writeString(dirForRound.resolve("f" + i + ".sql"), "-- Revision: r" + i + "\n-- Revison: typo\n");
      }

      RetortException e = failure(HeaderException.class, () -> new ScriptDirectory(List.of(dirForRound)).headers());

      assertThat(e.location()).contains(new Location(dirForRound.resolve("f0.sql"), 2));
    }
  }

  @Test
  void revisions_checksumAndOriginCarriedIntoRevision() throws IOException {
    Path file = write("abcd1234_x.sql", sql("abcd1234", ""));

    Revision revision = directory().revisions().get(0);

    assertThat(revision.checksum()).isEqualTo(Checksum.of(Files.readAllBytes(file)));
    assertThat(revision.origin().path()).isEqualTo(file);
  }
}
