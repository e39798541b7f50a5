package dev.retort.realworld;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.api.Retort;
import dev.retort.api.VerifiedRevision;
import dev.retort.api.VerifyOutcome;
import dev.retort.api.VerifyRequest;
import dev.retort.api.VerifyResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify} walks real histories (branches, merges, Invenio's labelled bases and
 * {@code Depends-On} web, neutron's expand/contract branches) on SQLite in memory: each revision
 * creates a table of its own and its downgrade drops it, so every stairway and the final downgrade
 * really compare schemas.
 */
class RealWorldVerifyTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"invenio", "neutron", "ctfd", "redash"})
  void everyRevision_passesItsStairway(String project) throws IOException {
    RealWorldGraphs.Spec spec = RealWorldGraphs.load(project);
    Path versions = dir.resolve("migrations").resolve("versions");
    Files.createDirectories(versions);
    for (RealWorldGraphs.SpecRevision r : spec.revisions()) {
      Files.writeString(versions.resolve("r_" + r.id() + ".sql"), sql(r));
    }
    Retort retort = Retort.configure().workingDirectory(dir).scriptLocation("migrations").url("sqlite:app.db").load();
    VerifyResult result = retort.verify(new VerifyRequest(true, Optional.empty(), false, Optional.empty(), List.of(),
        Map.of()));
    assertThat(result.revisions()).hasSize(spec.revisions().size());
    for (VerifiedRevision r : result.revisions()) {
      assertThat(r.outcome()).as(r.revision().id() + " " + r.checks()).isEqualTo(VerifyOutcome.PASSED);
      assertThat(r.checks()).extracting(c -> c.name()).containsExactly("upgrade", "downgrade", "stairway");
    }
    assertThat(result.checks()).extracting(c -> c.name() + " " + c.outcome())
        .containsExactly("heads PASSED", "base PASSED", "schema SKIPPED");
    assertThat(result.passed()).isTrue();
    assertThat(dir.resolve("app.db")).doesNotExist();
  }

  private static String sql(RealWorldGraphs.SpecRevision r) {
    StringBuilder out = new StringBuilder();
    out.append("-- Revision: ").append(r.id()).append('\n');
    out.append("-- Revises: ").append(String.join(", ", r.downRevisions())).append('\n');
    out.append("-- Message: revision ").append(r.id()).append('\n');
    if (!r.branchLabels().isEmpty()) {
      out.append("-- Branch-Labels: ").append(String.join(", ", r.branchLabels())).append('\n');
    }
    if (!r.dependsOn().isEmpty()) {
      out.append("-- Depends-On: ").append(String.join(", ", r.dependsOn())).append('\n');
    }
    String table = "t_" + r.id();
    out.append("\n-- +upgrade\nCREATE TABLE ").append(table).append(" (id INTEGER PRIMARY KEY);\n");
    out.append("\n-- +downgrade\nDROP TABLE ").append(table).append(";\n");
    return out.toString();
  }
}
