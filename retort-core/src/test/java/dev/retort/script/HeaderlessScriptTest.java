package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files meant as revisions but without a header are refused, not skipped; section markers appear once. */
class HeaderlessScriptTest {
  @TempDir Path root;
  Path versions;

  @BeforeEach
  void setUp() throws IOException {
    versions = Files.createDirectories(root.resolve("migrations/versions"));
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(versions.resolve(name), text);
  }

  private static String sql(String id, String revises) {
    return "-- Revision: " + id + "\n-- Revises: " + revises + "\n\n-- +upgrade\nSELECT 1;\n";
  }

  private ScriptDirectory directory() {
    return new ScriptDirectory(List.of(versions));
  }

  @Test
  void sqlWithUpgradeSectionButNoHeader_S002AtTheMarkerWithTheHeaderToAdd() throws IOException {
    write("aaaa0001_a.sql", sql("aaaa0001", ""));
    write("bbbb0002_b.sql", sql("bbbb0002", "aaaa0001"));
    write("cccc0003_c.sql", sql("cccc0003", "aaaa0001"));
    Path flyway = write("V3__add_email.sql", "-- add the email column\n\n-- +upgrade\nALTER TABLE users ADD email TEXT;\n");

    HeaderlessScriptException e = catchThrowableOfType(() -> directory().headers(), HeaderlessScriptException.class);

    assertThat(e).isNotNull();
    assertThat(e.code()).isEqualTo(ErrorCode.S002);
    assertThat(e.location()).contains(new Location(flyway, 3));
    assertThat(e.summary()).isEqualTo("the file has a '-- +upgrade' section but no revision header, so it would never run");
    assertThat(e.details()).hasSize(3);
    assertThat(e.details().get(0)).matches("-- Revision: [0-9a-f]{12}");
    assertThat(e.details().subList(1, 3)).containsExactly("-- Revises: bbbb0002, cccc0003", "-- Message: ...");
    assertThat(e.hint()).startsWith("add the lines above at the top of the file");
  }

  @Test
  void sqlWithOnlyADowngradeSectionAndNoOtherFiles_suggestsABase() throws IOException {
    write("undo.sql", "-- +downgrade\nDROP TABLE t;\n");

    RetortException e = catchThrowableOfType(() -> directory().graph(), RetortException.class);

    assertThat(e.code()).isEqualTo(ErrorCode.S002);
    assertThat(e.summary()).startsWith("the file has a '-- +downgrade' section");
    assertThat(e.details()).contains("-- Revises:");
  }

  @Test
  void headersLeniently_headerlessFileIsAProblemAndTheOthersAreRead() throws IOException {
    write("aaaa0001_a.sql", sql("aaaa0001", ""));
    write("x.sql", "-- +upgrade\nSELECT 1;\n");

    ScriptDirectory.Lenient read = directory().headersLeniently();

    assertThat(read.headers()).extracting(ScriptHeader::id).containsExactly("aaaa0001");
    assertThat(read.problems()).singleElement().satisfies(p -> assertThat(p.details()).contains("-- Revises: aaaa0001"));
  }

  @Test
  void sqlWithoutMarkersOrHeader_isStillNotARevision() throws IOException {
    write("aaaa0001_a.sql", sql("aaaa0001", ""));
    write("notes.sql", "-- a scratch query, not a revision\nSELECT count(*) FROM users;\n");

    assertThat(directory().headers()).extracting(ScriptHeader::id).containsExactly("aaaa0001");
  }

  @Test
  void javaClassImplementingMigrationWithoutRevision_S002WithTheAnnotationToAdd() throws IOException {
    write("aaaa0001_a.sql", sql("aaaa0001", ""));
    Path java = write("AddEmail.java", "package m;\n\nimport dev.retort.api.Migration;\n\n"
        + "public final class AddEmail\n    implements Migration {\n}\n");

    RetortException e = catchThrowableOfType(() -> directory().headers(), RetortException.class);

    assertThat(e.code()).isEqualTo(ErrorCode.S002);
    assertThat(e.location()).contains(new Location(java, 5));
    assertThat(e.summary()).contains("class AddEmail implements Migration");
    assertThat(e.details()).singleElement().asString()
        .matches("@Revision\\(id = \"[0-9a-f]{12}\", revises = \"aaaa0001\", message = \"...\"\\)");
    assertThat(e.hint()).startsWith("annotate the class with the line above");
  }

  @Test
  void javaAbstractBaseOrHelper_isNotARevision() throws IOException {
    write("Base.java", "abstract class Base implements Migration {}\n");
    write("Helper.java", "final class Helper { static String sql() { return \"SELECT 1\"; } }\n");

    assertThat(directory().headers()).isEmpty();
  }

  @Test
  void sqlScript_secondUpgradeMarker_S007NamesBothLines() throws IOException {
    Path file = write("aaaa0001_a.sql", sql("aaaa0001", "") + "\n-- +upgrade\nDROP TABLE t;\n");

    RetortException e = catchThrowableOfType(() -> SqlScript.read(file), RetortException.class);

    assertThat(e.code()).isEqualTo(ErrorCode.S007);
    assertThat(e.location()).contains(new Location(file, 7));
    assertThat(e.summary()).isEqualTo("'-- +upgrade' appears twice, on lines 4 and 7");
  }

  @Test
  void sqlScript_secondDowngradeMarker_S007NamesBothLines() throws IOException {
    Path file = write("aaaa0001_a.sql", sql("aaaa0001", "") + "-- +downgrade\nSELECT 2;\n-- +downgrade\nSELECT 3;\n");

    RetortException e = catchThrowableOfType(() -> SqlScript.read(file), RetortException.class);

    assertThat(e.location()).contains(new Location(file, 8));
    assertThat(e.summary()).isEqualTo("'-- +downgrade' appears twice, on lines 6 and 8");
  }
}
