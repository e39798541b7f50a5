package dev.retort.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.lint.Finding;
import dev.retort.lint.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RT208: the {@code retort:destructive} marker of a generated revision, in the upgrade section only. */
class DestructiveChangeTest {
  @TempDir Path dir;

  @Test
  void sqlMarker_inUpgrade_reportedOnItsLine() {
    LintFixture project = new LintFixture(dir);
    Path file = project.revision("a1", "CREATE TABLE t (id INT, x INT);");
    Path second = project.revision("b2", """
        -- dropColumnIfExists t.x
        -- retort:destructive column t.x and its values
        ALTER TABLE t DROP COLUMN IF EXISTS x;""", "ALTER TABLE t ADD COLUMN x INT;");

    List<Finding> findings = project.findings("RT208");

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.location().file()).isEqualTo(second);
      assertThat(f.location().line()).isEqualTo(7); // 4 header lines, a blank, '-- +upgrade', the comment, the marker
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).isEqualTo("the next operation is destructive: it loses column t.x and its values");
      assertThat(f.fix()).contains("delete this line to acknowledge");
    });
    assertThat(file).isNotEqualTo(second);
  }

  @Test
  void sameDrop_withoutMarker_notReported() {
    LintFixture project = new LintFixture(dir);
    project.revision("a1", "CREATE TABLE t (id INT, x INT);");
    project.revision("b2", "-- dropColumnIfExists t.x\nALTER TABLE t DROP COLUMN IF EXISTS x;");

    assertThat(project.findings("RT208")).isEmpty();
  }

  @Test
  void markerInDowngrade_notReported() {
    LintFixture project = new LintFixture(dir);
    project.revision("a1", "CREATE TABLE t (id INT);", "-- retort:destructive table t and all its rows\nDROP TABLE t;");

    assertThat(project.findings("RT208")).isEmpty();
  }

  @Test
  void javaMarker_inUpgradeMethod_reported_notInDowngrade() {
    LintFixture project = new LintFixture(dir);
    Path file = project.javaRevision("j1",
        "    // dropTableIfExists t\n    // retort:destructive table t and all its rows\n    op.dropTableIfExists(\"t\");\n",
        "    // retort:destructive table u and all its rows\n    op.dropTableIfExists(\"u\");\n");

    List<Finding> findings = project.findings("RT208");

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.location().file()).isEqualTo(file);
      assertThat(f.location().line()).isEqualTo(10);
      assertThat(f.message()).endsWith("table t and all its rows");
    });
  }
}
