package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionId;
import dev.retort.graph.RevisionKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code -- Key: value} header of SQL revisions, read from real files. */
class SqlHeaderParserTest {
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

  private static void assertAt(RetortException e, ErrorCode code, Path file, int line) {
    assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
    assertThat(e.location()).as(e.getMessage()).contains(new Location(file, line));
    assertThat(e.getMessage()).contains(file.getFileName() + ":" + line);
  }

  @Test
  void read_everyField_readsValuesAndLines() throws IOException {
    Path file = write("3f2a9c1d7b4e_add_users.sql", """
        -- Revision: 3f2a9c1d7b4e
        -- Revises: 0f9e8d7c6b5a
        -- Message: add users table
        -- Create-Date: 2026-11-21T22:00:00Z
        -- Branch-Labels: auth, accounts
        -- Depends-On: 9c8b7a6d5e4f, billing
        -- Transactional: false

        -- +upgrade
        CREATE TABLE users (id BIGINT PRIMARY KEY, email TEXT NOT NULL);

        -- +downgrade
        DROP TABLE users;
        """);

    ScriptHeader header = ScriptDirectory.read(file);

    assertThat(header).isNotNull();
    assertThat(header.path()).isEqualTo(file);
    assertThat(header.kind()).isEqualTo(RevisionKind.SQL);
    assertThat(header.id()).isEqualTo("3f2a9c1d7b4e");
    assertThat(header.idLine()).isEqualTo(1);
    assertThat(header.revises()).containsExactly("0f9e8d7c6b5a");
    assertThat(header.revisesLine()).isEqualTo(2);
    assertThat(header.message()).isEqualTo("add users table");
    assertThat(header.createDate()).isEqualTo("2026-11-21T22:00:00Z");
    assertThat(header.branchLabels()).containsExactlyInAnyOrder("auth", "accounts");
    assertThat(header.branchLabelsLine()).isEqualTo(5);
    assertThat(header.dependsOn()).containsExactly("9c8b7a6d5e4f", "billing");
    assertThat(header.dependsOnLine()).isEqualTo(6);
    assertThat(header.transactional()).isFalse();
    assertThat(header.checksum()).matches("[0-9a-f]{64}");

    Revision revision = header.toRevision();
    assertThat(revision.id()).isEqualTo(RevisionId.of("3f2a9c1d7b4e"));
    assertThat(revision.parents()).containsExactly(RevisionId.of("0f9e8d7c6b5a"));
    assertThat(revision.dependsOn()).containsExactly("9c8b7a6d5e4f", "billing");
    assertThat(revision.branchLabels()).containsExactlyInAnyOrder("auth", "accounts");
    assertThat(revision.message()).isEqualTo("add users table");
    assertThat(revision.createDate()).isEqualTo("2026-11-21T22:00:00Z");
    assertThat(revision.kind()).isEqualTo(RevisionKind.SQL);
    assertThat(revision.transactional()).isFalse();
    assertThat(revision.checksum()).isEqualTo(header.checksum());
    assertThat(revision.origin().path()).isEqualTo(file);
    assertThat(revision.origin().revisionLocation()).isEqualTo(new Location(file, 1));
    assertThat(revision.origin().revisesLocation()).isEqualTo(new Location(file, 2));
    assertThat(revision.origin().dependsOnLocation()).isEqualTo(new Location(file, 6));
    assertThat(revision.origin().branchLabelsLocation()).isEqualTo(new Location(file, 5));
  }

  @Test
  void read_emptyRevises_isBase() throws IOException {
    Path file = write("a.sql", "-- Revision: aaaa1111bbbb\n-- Revises:\n-- Message: first\n\nCREATE TABLE t (id INT);\n");

    Revision revision = ScriptDirectory.read(file).toRevision();

    assertThat(revision.parents()).isEmpty();
    assertThat(revision.isBase()).isTrue();
    assertThat(revision.isMerge()).isFalse();
  }

  @Test
  void read_commaSeparatedRevises_isMergeWithParentsInOrderWritten() throws IOException {
    Path file = write("m.sql", "-- Revision: m1\n-- Revises: zz99,  aa11 ,mm55\n");

    Revision revision = ScriptDirectory.read(file).toRevision();

    assertThat(revision.parents()).containsExactly(RevisionId.of("zz99"), RevisionId.of("aa11"), RevisionId.of("mm55"));
    assertThat(revision.isMerge()).isTrue();
  }

  @Test
  void read_optionalFieldsAbsent_defaults() throws IOException {
    Path file = write("a.sql", "-- Revision: abc123\n-- Revises: def456\n");

    ScriptHeader header = ScriptDirectory.read(file);

    assertThat(header.message()).isEmpty();
    assertThat(header.createDate()).isEmpty();
    assertThat(header.branchLabels()).isEmpty();
    assertThat(header.dependsOn()).isEmpty();
    assertThat(header.transactional()).isTrue();
    assertThat(header.dependsOnLine()).isZero();
    assertThat(header.branchLabelsLine()).isZero();
  }

  @Test
  void read_transactionalTrueOrFalse_anyCase() throws IOException {
    assertThat(ScriptDirectory.read(write("t1.sql", "-- Revision: t1\n-- Revises:\n-- Transactional: true\n")).transactional()).isTrue();
    assertThat(ScriptDirectory.read(write("t2.sql", "-- Revision: t2\n-- Revises:\n-- Transactional: TRUE\n")).transactional()).isTrue();
    assertThat(ScriptDirectory.read(write("t3.sql", "-- Revision: t3\n-- Revises:\n-- Transactional: False\n")).transactional()).isFalse();
  }

  @Test
  void read_alembicSpellings_revisionIdAndCreateDate() throws IOException {
    Path file = write("alembic_style.sql", """
        -- add orders
        --
        -- Revision ID: 9f8e7d6c5b4a
        -- Revises: 1a2b3c4d5e6f
        -- Create Date: 2025-09-15 10:22:33.123456

        CREATE TABLE orders (id INT);
        """);

    ScriptHeader header = ScriptDirectory.read(file);

    assertThat(header.id()).isEqualTo("9f8e7d6c5b4a");
    assertThat(header.idLine()).isEqualTo(3);
    assertThat(header.revises()).containsExactly("1a2b3c4d5e6f");
    assertThat(header.createDate()).isEqualTo("2025-09-15 10:22:33.123456");
  }

  @Test
  void read_keysAreCaseInsensitiveAndSpacedSpellingsAccepted() throws IOException {
    Path file = write("a.sql", "-- revision: abc1\n-- REVISES: abc0\n-- branch labels: x\n-- depends on: abc9\n");

    ScriptHeader header = ScriptDirectory.read(file);

    assertThat(header.id()).isEqualTo("abc1");
    assertThat(header.revises()).containsExactly("abc0");
    assertThat(header.branchLabels()).containsExactly("x");
    assertThat(header.dependsOn()).containsExactly("abc9");
  }

  @Test
  void read_noHeader_returnsNull() throws IOException {
    assertThat(ScriptDirectory.read(write("plain.sql", "CREATE TABLE t (id INT);\n"))).isNull();
    assertThat(ScriptDirectory.read(write("empty.sql", ""))).isNull();
    assertThat(ScriptDirectory.read(write("comments.sql", "-- helper queries\n-- Note: run by hand\nSELECT 1;\n"))).isNull();
  }

  @Test
  void read_ordinaryCommentsBetweenHeaderFields_areIgnored() throws IOException {
    Path file = write("a.sql", """
        -- This migration adds the users table.
        -- Revision: abc1
        -- Note: reviewed by the DBA team
        -- Revises: abc0

        -- Author: someone
        -- Message: add users
        """);

    ScriptHeader header = ScriptDirectory.read(file);

    assertThat(header.id()).isEqualTo("abc1");
    assertThat(header.revises()).containsExactly("abc0");
    assertThat(header.message()).isEqualTo("add users");
  }

  @Test
  void read_headerEndsAtUpgradeMarker() throws IOException {
    Path file = write("a.sql", """
        -- Revision: abc1
        -- Revises: abc0
        -- +upgrade
        -- Message: not part of the header
        SELECT 1;
        """);

    assertThat(ScriptDirectory.read(file).message()).isEmpty();
  }

  @Test
  void read_crlfLineEndings_valuesHaveNoCarriageReturn() throws IOException {
    Path file = write("a.sql", "-- Revision: abc1\r\n-- Revises: abc0, abd0\r\n-- Message: crlf file\r\n\r\nSELECT 1;\r\n");

    ScriptHeader header = ScriptDirectory.read(file);

    assertThat(header.id()).isEqualTo("abc1");
    assertThat(header.revises()).containsExactly("abc0", "abd0");
    assertThat(header.message()).isEqualTo("crlf file");
    assertThat(header.revisesLine()).isEqualTo(2);
  }

  @Test
  void read_valueWithColons_keepsEverythingAfterTheFirstColon() throws IOException {
    Path file = write("a.sql", "-- Revision: abc1\n-- Revises:\n-- Message: fix: handle a:b ratios\n");

    assertThat(ScriptDirectory.read(file).message()).isEqualTo("fix: handle a:b ratios");
  }

  // ---- errors ----

  @Test
  void read_duplicateKey_S002AtSecondLine() throws IOException {
    Path file = write("dup.sql", "-- Revision: abc1\n-- Revises: abc0\n-- Message: one\n-- Message: two\n");

    HeaderException e = headerError(file);

    assertAt(e, ErrorCode.S002, file, 4);
    assertThat(e.getMessage()).contains("Message").contains("twice").contains("line 3");
  }

  @Test
  void read_revisionAndAlembicRevisionIdBoth_S002Duplicate() throws IOException {
    Path file = write("dup.sql", "-- Revision: abc1\n-- Revision ID: abc2\n-- Revises:\n");

    assertAt(headerError(file), ErrorCode.S002, file, 2);
  }

  @Test
  void read_missingRevisesLine_S002AtRevisionLine() throws IOException {
    Path file = write("norevises.sql", "\n-- Revision: abc1\n-- Message: forgot revises\n\nSELECT 1;\n");

    HeaderException e = headerError(file);

    assertAt(e, ErrorCode.S002, file, 2);
    assertThat(e.getMessage()).contains("Revises");
  }

  @Test
  void read_emptyRevision_S002() throws IOException {
    Path file = write("empty_id.sql", "-- Revision:\n-- Revises: abc0\n");

    HeaderException e = headerError(file);

    assertAt(e, ErrorCode.S002, file, 1);
    assertThat(e.getMessage()).contains("empty");
  }

  @Test
  void read_fieldsButNoRevision_S002() throws IOException {
    Path file = write("noid.sql", "-- Revises: abc0\n-- Message: where is my id\n");

    HeaderException e = headerError(file);

    assertThat(e.code()).isEqualTo(ErrorCode.S002);
    assertThat(e.location()).map(Location::file).contains(file);
    assertThat(e.getMessage()).contains("Revision:");
  }

  @Test
  void read_typoKey_S002WithDidYouMean() throws IOException {
    Path file = write("typo.sql", "-- Revison: abc1\n-- Revises: abc0\n");

    HeaderException e = headerError(file);

    assertAt(e, ErrorCode.S002, file, 1);
    assertThat(e.getMessage()).contains("Revison").contains("did you mean 'Revision:'");
  }

  @Test
  void read_typoOfRevises_S002WithDidYouMean() throws IOException {
    Path file = write("typo.sql", "-- Revision: abc1\n-- Revices: abc0\n");

    HeaderException e = headerError(file);

    assertAt(e, ErrorCode.S002, file, 2);
    assertThat(e.getMessage()).contains("did you mean 'Revises:'");
  }

  @Test
  void read_headerAfterStatement_S002AtHeaderLine() throws IOException {
    Path file = write("late.sql", "CREATE TABLE t (id INT);\n\n-- Revision: abc1\n-- Revises: abc0\n");

    HeaderException e = headerError(file);

    assertAt(e, ErrorCode.S002, file, 3);
    assertThat(e.getMessage()).contains("top of the file");
  }

  @Test
  void read_alembicOrUnspacedHeaderAfterStatement_S002NotSilentlyIgnored() throws IOException {
    Path alembic = write("late_alembic.sql", "BEGIN;\n-- Revision ID: abc1\n-- Revises: abc0\n");
    Path unspaced = write("late_unspaced.sql", "SET search_path = app;\n\n\n--Revision: abc1\n--Revises: abc0\n");

    assertAt(headerError(alembic), ErrorCode.S002, alembic, 2);
    assertAt(headerError(unspaced), ErrorCode.S002, unspaced, 4);
  }

  @Test
  void read_unspacedHeaderAtTop_accepted() throws IOException {
    Path file = write("a.sql", "--Revision: abc1\n--Revises: abc0\n");

    assertThat(ScriptDirectory.read(file).id()).isEqualTo("abc1");
  }

  @Test
  void read_lateMentionOfRevisionInOrdinaryComment_notAHeader() throws IOException {
    Path file = write("plain.sql", "SELECT 1;\n-- the revision of this report is 3\n-- Revisions are tracked elsewhere\n");

    assertThat(ScriptDirectory.read(file)).isNull();
  }

  @Test
  void read_badTransactionalValue_S002() throws IOException {
    Path file = write("tx.sql", "-- Revision: abc1\n-- Revises: abc0\n-- Transactional: maybe\n");

    HeaderException e = headerError(file);

    assertAt(e, ErrorCode.S002, file, 3);
    assertThat(e.getMessage()).contains("maybe").contains("true or false");
  }

  @Test
  void read_emptyListEntry_S002() throws IOException {
    Path file = write("list.sql", "-- Revision: abc1\n-- Revises: abc0, , abd0\n");

    assertAt(headerError(file), ErrorCode.S002, file, 2);
  }

  @Test
  void toRevision_idWithDash_S003AtRevisionLine() throws IOException {
    Path file = write("dash.sql", "-- Message: m\n-- Revision: abc-def\n-- Revises:\n");
    ScriptHeader header = ScriptDirectory.read(file);

    HeaderException e = catchThrowableOfType(header::toRevision, HeaderException.class);

    assertAt(e, ErrorCode.S003, file, 2);
    assertThat(e.getMessage()).contains("abc-def").contains("'-'");
  }

  @Test
  void toRevision_idWithSpace_S003() throws IOException {
    Path file = write("space.sql", "-- Revision: a b\n-- Revises:\n");
    ScriptHeader header = ScriptDirectory.read(file);

    HeaderException e = catchThrowableOfType(header::toRevision, HeaderException.class);

    assertAt(e, ErrorCode.S003, file, 1);
  }

  @Test
  void toRevision_targetSyntaxCharacters_S003() throws IOException {
    for (String bad : List.of("abc@head", "abc+1", "a:b", "x/y")) {
      Path file = write("bad" + Math.abs(bad.hashCode()) + ".sql", "-- Revision: " + bad + "\n-- Revises:\n");
      ScriptHeader header = ScriptDirectory.read(file);

      HeaderException e = catchThrowableOfType(header::toRevision, HeaderException.class);

      assertThat(e).as(bad).isNotNull();
      assertAt(e, ErrorCode.S003, file, 1);
    }
  }

  @Test
  void toRevision_badBranchLabel_S003AtLabelLine() throws IOException {
    Path file = write("label.sql", "-- Revision: abc1\n-- Revises:\n-- Branch-Labels: my-feature\n");
    ScriptHeader header = ScriptDirectory.read(file);

    HeaderException e = catchThrowableOfType(header::toRevision, HeaderException.class);

    assertAt(e, ErrorCode.S003, file, 3);
    assertThat(e.getMessage()).contains("branch label 'my-feature' contains '-'; ids use only letters, digits, '_' and '.'")
        .doesNotContain("revision id");
  }
}
