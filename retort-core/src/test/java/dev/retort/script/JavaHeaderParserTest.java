package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionId;
import dev.retort.graph.RevisionKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code @Revision(...)} annotation of Java revisions, read as text from real files. */
class JavaHeaderParserTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static HeaderException headerError(Path file) {
    HeaderException e = catchThrowableOfType(() -> ScriptDirectory.read(file), HeaderException.class);
    assertThat(e).as("reading %s must fail", file.getFileName()).isNotNull();
    return e;
  }

  @Test
  void read_singleLineAnnotation_everyAttribute() throws IOException {
    Path file = write("AddOrders.java", """
        package db.migrations;

        import dev.retort.migration.Migration;
        import dev.retort.migration.Operations;
        import dev.retort.migration.Revision;

        @Revision(id = "9f8e7d6c5b4a", revises = {"aaaa11112222", "bbbb33334444"}, message = "merge and add orders", createDate = "2026-01-02T03:04:05Z", branchLabels = "shop", dependsOn = {"cccc55556666", "auth"}, transactional = false)
        public final class AddOrders implements Migration {
          public void upgrade(Operations op) {}
          public void downgrade(Operations op) {}
        }
        """);

    ScriptHeader header = ScriptDirectory.read(file);

    assertThat(header.kind()).isEqualTo(RevisionKind.JAVA);
    assertThat(header.id()).isEqualTo("9f8e7d6c5b4a");
    assertThat(header.idLine()).isEqualTo(7);
    assertThat(header.revises()).containsExactly("aaaa11112222", "bbbb33334444");
    assertThat(header.message()).isEqualTo("merge and add orders");
    assertThat(header.createDate()).isEqualTo("2026-01-02T03:04:05Z");
    assertThat(header.branchLabels()).containsExactly("shop");
    assertThat(header.dependsOn()).containsExactly("cccc55556666", "auth");
    assertThat(header.transactional()).isFalse();

    Revision revision = header.toRevision();
    assertThat(revision.kind()).isEqualTo(RevisionKind.JAVA);
    assertThat(revision.isMerge()).isTrue();
    assertThat(revision.parents()).containsExactly(RevisionId.of("aaaa11112222"), RevisionId.of("bbbb33334444"));
    assertThat(revision.transactional()).isFalse();
    assertThat(revision.checksum()).matches("[0-9a-f]{64}");
  }

  @Test
  void read_multiLineAnnotation_linesOfEachAttribute() throws IOException {
    Path file = write("AddUsers.java", """
        package db.migrations;

        import dev.retort.migration.Revision;

        /** Adds users. */
        @Revision(
            id = "3f2a9c1d7b4e",
            revises = {
              "0f9e8d7c6b5a",
              "1e2d3c4b5a69"
            },
            message = "add users (and, with commas) \\"quoted\\"",
            branchLabels = {"auth", "users"},
            dependsOn = "9c8b7a6d5e4f",
            transactional = true
        )
        public final class AddUsers {}
        """);

    ScriptHeader header = ScriptDirectory.read(file);

    assertThat(header.id()).isEqualTo("3f2a9c1d7b4e");
    assertThat(header.idLine()).isEqualTo(7);
    assertThat(header.revises()).containsExactly("0f9e8d7c6b5a", "1e2d3c4b5a69");
    assertThat(header.revisesLine()).isEqualTo(8);
    assertThat(header.message()).isEqualTo("add users (and, with commas) \"quoted\"");
    assertThat(header.branchLabels()).containsExactlyInAnyOrder("auth", "users");
    assertThat(header.branchLabelsLine()).isEqualTo(13);
    assertThat(header.dependsOn()).containsExactly("9c8b7a6d5e4f");
    assertThat(header.dependsOnLine()).isEqualTo(14);
    assertThat(header.transactional()).isTrue();
  }

  @Test
  void read_commentsInsideAnnotation_skipped() throws IOException {
    Path file = write("Merge.java", """
        @Revision(
            id = "abc1", // merge of the two feature branches
            /* both parents: */ revises = {"abc0", /* and */ "abd0"},
            message = "merge // not a comment inside a string"
        )
        class Merge {}
        """);

    ScriptHeader header = ScriptDirectory.read(file);

    assertThat(header.id()).isEqualTo("abc1");
    assertThat(header.revises()).containsExactly("abc0", "abd0");
    assertThat(header.revisesLine()).isEqualTo(3);
    assertThat(header.message()).isEqualTo("merge // not a comment inside a string");
  }

  @Test
  void read_spaceBeforeParenthesisOrQualifiedName_stillARevision() throws IOException {
    Path spaced = write("A.java", "@Revision (id = \"abc1\", revises = \"abc0\")\nclass A {}\n");
    Path qualified = write("B.java", "@dev.retort.migration.Revision(id = \"abc2\", revises = \"abc0\")\nclass B {}\n");

    assertThat(ScriptDirectory.read(spaced)).isNotNull().extracting(ScriptHeader::id).isEqualTo("abc1");
    assertThat(ScriptDirectory.read(qualified)).isNotNull().extracting(ScriptHeader::id).isEqualTo("abc2");
  }

  @Test
  void read_crOnlyLineEndings_linesCountedLikeJavac() throws IOException {
    Path file = write("A.java", "package x;\r\r@Revision(\r  id = \"abc1\",\r  revises = \"abc0\")\rclass A {}\r");

    ScriptHeader header = ScriptDirectory.read(file);

    assertThat(header.idLine()).isEqualTo(4);
    assertThat(header.revisesLine()).isEqualTo(5);
  }

  @Test
  void read_singleStringRevises_oneParent() throws IOException {
    Path file = write("A.java", "@Revision(id = \"abc1\", revises = \"abc0\", message = \"m\")\nclass A {}\n");

    assertThat(ScriptDirectory.read(file).toRevision().parents()).containsExactly(RevisionId.of("abc0"));
  }

  @Test
  void read_revisesOmittedOrEmptyArray_isBase() throws IOException {
    Path omitted = write("A.java", "@Revision(id = \"abc1\", message = \"first\")\nclass A {}\n");
    Path empty = write("B.java", "@Revision(id = \"abc2\", revises = {})\nclass B {}\n");
    Path emptyString = write("C.java", "@Revision(id = \"abc3\", revises = \"\")\nclass C {}\n");

    assertThat(ScriptDirectory.read(omitted).toRevision().isBase()).isTrue();
    assertThat(ScriptDirectory.read(empty).toRevision().isBase()).isTrue();
    assertThat(ScriptDirectory.read(emptyString).toRevision().isBase()).isTrue();
    assertThat(ScriptDirectory.read(omitted).transactional()).isTrue();
  }

  @Test
  void read_noAnnotation_returnsNull() throws IOException {
    assertThat(ScriptDirectory.read(write("Helper.java", "package x;\nfinal class Helper { static int two() { return 2; } }\n"))).isNull();
    assertThat(ScriptDirectory.read(write("Other.java", "@MyRevision(id = \"x\")\nclass Other {}\n"))).isNull();
  }

  @Test
  void read_nonLiteralValue_S002() throws IOException {
    Path file = write("A.java", "@Revision(id = \"abc1\",\n  revises = Base.ID)\nclass A {}\n");

    HeaderException e = headerError(file);

    assertThat(e.code()).isEqualTo(ErrorCode.S002);
    assertThat(e.location()).contains(new Location(file, 2));
    assertThat(e.getMessage()).contains("literal");
  }

  @Test
  void read_unknownAttribute_S002() throws IOException {
    Path file = write("A.java", "@Revision(id = \"abc1\", revizes = \"abc0\")\nclass A {}\n");

    HeaderException e = headerError(file);

    assertThat(e.code()).isEqualTo(ErrorCode.S002);
    assertThat(e.location()).contains(new Location(file, 1));
    assertThat(e.getMessage()).contains("revizes");
  }

  @Test
  void read_missingId_S002() throws IOException {
    Path file = write("A.java", "@Revision(revises = \"abc0\")\nclass A {}\n");

    assertThat(headerError(file).code()).isEqualTo(ErrorCode.S002);
  }

  @Test
  void read_duplicateAttribute_S002() throws IOException {
    Path file = write("A.java", "@Revision(id = \"abc1\",\n revises = \"abc0\",\n revises = \"abd0\")\nclass A {}\n");

    HeaderException e = headerError(file);

    assertThat(e.code()).isEqualTo(ErrorCode.S002);
    assertThat(e.location()).contains(new Location(file, 3));
  }

  @Test
  void read_badTransactional_S002() throws IOException {
    Path file = write("A.java", "@Revision(id = \"abc1\", transactional = \"sometimes\")\nclass A {}\n");

    assertThat(headerError(file).code()).isEqualTo(ErrorCode.S002);
  }

  @Test
  void read_unclosedAnnotation_S002NotACrash() throws IOException {
    Path file = write("A.java", "@Revision(id = \"abc1\", revises = {\"abc0\"");

    assertThat(headerError(file).code()).isEqualTo(ErrorCode.S002);
  }

  @Test
  void toRevision_illegalJavaId_S003() throws IOException {
    Path file = write("A.java", "@Revision(\n  id = \"add-users\")\nclass A {}\n");
    ScriptHeader header = ScriptDirectory.read(file);

    HeaderException e = catchThrowableOfType(header::toRevision, HeaderException.class);

    assertThat(e.code()).isEqualTo(ErrorCode.S003);
    assertThat(e.location()).contains(new Location(file, 2));
  }
}
