package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.Paths;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where load-time graph errors point in a real versions folder: a cycle at the header line of one
 * of its edges (Depends-On: when it runs through one), and file names with a {@code .py} or
 * {@code .java} suffix in Revises:/Depends-On: recognised as the file of a revision.
 */
class ReferenceErrorsTest {
  @TempDir Path root;
  Path versions;

  @BeforeEach
  void setUp() throws IOException {
    versions = Files.createDirectories(root.resolve("migrations/versions"));
  }

  private Path write(String relative, String content) throws IOException {
    Path file = versions.resolve(relative);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static String sql(String id, String revises) {
    return "-- Revision: " + id + "\n-- Revises: " + revises + "\n-- Message: revision " + id + "\n\n-- +upgrade\nSELECT 1;\n";
  }

  private RetortException loadFailure() {
    RetortException e = catchThrowableOfType(() -> new ScriptDirectory(List.of(versions)).graph(), RetortException.class);
    assertThat(e).as("loading the graph fails").isNotNull();
    return e;
  }

  private static void assertAt(RetortException e, ErrorCode code, Path file, int line) {
    assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
    assertThat(e.location()).as(e.getMessage()).contains(new Location(file, line));
    assertThat(e.getMessage()).contains(file.getFileName() + ":" + line);
  }

  @Test
  void graph_cycleThroughDependsOn_G003() throws IOException {
    write("aaaa_root.sql", sql("aaaa0000", ""));
    Path bbbb = write("bbbb_x.sql", "-- Revision: bbbb1111\n-- Revises: aaaa0000\n-- Depends-On: cccc2222\n");
    Path cccc = write("cccc_y.sql", sql("cccc2222", "bbbb1111"));

    RetortException e = loadFailure();

    assertAt(e, ErrorCode.G003, bbbb, 3);
    assertThat(e.details()).containsExactly(
        "bbbb1111 depends on cccc2222 (Depends-On: " + new Location(bbbb, 3) + ")",
        "cccc2222 revises bbbb1111 (Revises: " + new Location(cccc, 2) + ")");
  }

  @Test
  void graph_cycleThroughDependsOnOfTheLaterRevision_isReportedAtThatDependsOnLine() throws IOException {
    write("aaaa_root.sql", sql("aaaa0000", ""));
    write("bbbb_x.sql", sql("bbbb1111", "cccc2222"));
    Path cccc = write("cccc_y.sql", "-- Revision: cccc2222\n-- Revises: aaaa0000\n-- Depends-On: bbbb1111\n");

    RetortException e = loadFailure();

    assertAt(e, ErrorCode.G003, cccc, 3);
    assertThat(e.summary()).endsWith("cycle: cccc2222 -> bbbb1111 -> cccc2222");
  }

  @Test
  void graph_cycleThroughRevisesOnly_isReportedAtARevisesLine() throws IOException {
    write("aaaa_root.sql", sql("aaaa0000", ""));
    Path bbbb = write("bbbb_x.sql", sql("bbbb1111", "cccc2222"));
    write("cccc_y.sql", sql("cccc2222", "bbbb1111"));

    assertAt(loadFailure(), ErrorCode.G003, bbbb, 2);
  }

  @Test
  void graph_revisesNamesAnAlembicPyFileName_S004NamesTheRealId() throws IOException {
    Path orders = write("20250915_add_orders.sql", sql("9f8e7d6c5b4a", ""));
    Path email = write("a1b2c3d4e5f6_add_email.sql", sql("a1b2c3d4e5f6", "20250915_add_orders.py"));

    RetortException e = loadFailure();

    assertAt(e, ErrorCode.S004, email, 2);
    assertThat(e.getMessage())
        .contains("'Revises: 20250915_add_orders.py' names no revision")
        .contains("that is the file name of " + Paths.display(orders) + "; its revision id is 9f8e7d6c5b4a")
        .doesNotContain("did you mean");
    assertThat(e.hint()).isEqualTo("Revises: 9f8e7d6c5b4a");
  }

  @Test
  void graph_revisesAndDependsOnNameJavaFileNames_S004AndS005NameTheRealIds() throws IOException {
    write("AddOrders.java", """
        import dev.retort.migration.Migration;
        import dev.retort.migration.Operations;
        import dev.retort.migration.Revision;

        @Revision(id = "9f8e7d6c5b4a", revises = {}, message = "add orders")
        public final class AddOrders implements Migration {
          public void upgrade(Operations op) {}
          public void downgrade(Operations op) {}
        }
        """);
    Path email = write("a1b2c3d4e5f6_add_email.sql", sql("a1b2c3d4e5f6", "AddOrders.java"));

    RetortException revises = loadFailure();
    assertAt(revises, ErrorCode.S004, email, 2);
    assertThat(revises.getMessage()).contains("that is the file name of").contains("AddOrders.java");
    assertThat(revises.hint()).isEqualTo("Revises: 9f8e7d6c5b4a");

    write("a1b2c3d4e5f6_add_email.sql", sql("a1b2c3d4e5f6", "9f8e7d6c5b4a"));
    Path audit = write("0f0f0f0f0f0f_audit.sql",
        "-- Revision: 0f0f0f0f0f0f\n-- Revises:\n-- Depends-On: a1b2c3d4e5f6_add_email.py\n");
    RetortException dependsOn = loadFailure();
    assertAt(dependsOn, ErrorCode.S005, audit, 3);
    assertThat(dependsOn.getMessage()).contains("that is the file name of").contains("a1b2c3d4e5f6_add_email.sql");
    assertThat(dependsOn.hint()).isEqualTo("Depends-On: a1b2c3d4e5f6");
  }

  @Test
  void graph_revisesNamesAnAlembicPyFileNameWithDashes_S004NamesTheRealId() throws IOException {
    write("2025_09_15_1030-9f8e7d6c5b4a_add_orders.sql", sql("9f8e7d6c5b4a", ""));
    Path email = write("a1b2c3d4e5f6_add_email.sql", sql("a1b2c3d4e5f6", "2025_09_15_1030-9f8e7d6c5b4a_add_orders.py"));

    RetortException e = loadFailure();

    assertAt(e, ErrorCode.S004, email, 2);
    assertThat(e.getMessage()).contains("that is the file name of").contains("its revision id is 9f8e7d6c5b4a");
    assertThat(e.hint()).contains("Revises: 9f8e7d6c5b4a");
  }
}
