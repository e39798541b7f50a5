package dev.retort.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.command.MigrateCommand;
import dev.retort.config.ConfigLoader;
import dev.retort.graph.Revision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade opened for showing the graph only: same graph, no checksums, no database changes. */
class ProjectWithoutChecksumsTest {
  @TempDir Path dir;
  Project full;

  @BeforeEach
  void project() throws IOException {
    Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
    Files.writeString(versions.resolve("a1_first.sql"), "-- Revision: a1\n-- Revises:\n\n-- +upgrade\nCREATE TABLE t (id INT);\n-- +downgrade\nDROP TABLE t;\n");
    Files.writeString(versions.resolve("b2_second.sql"), "-- Revision: b2\n-- Revises: a1\n\n-- +upgrade\nCREATE TABLE u (id INT);\n-- +downgrade\nDROP TABLE u;\n");
    Files.writeString(dir.resolve("retort.toml"), "script_location = \"migrations\"\nurl = \"sqlite:test.db\"\n");
    full = Project.open(new ConfigLoader(Map.of(), dir).load(Optional.empty(), Map.of()));
  }

  @Test
  void showsTheSameGraphWithEmptyChecksums() {
    Project showing = full.withoutChecksums();

    assertThat(showing.heads(false)).extracting(Revision::id).isEqualTo(full.heads(false).stream().map(Revision::id).toList());
    assertThat(showing.history(null)).extracting(Revision::checksum).containsOnly("");
    assertThat(full.history(null)).extracting(Revision::checksum).allSatisfy(sum -> assertThat(sum).matches("[0-9a-f]{64}"));
  }

  @Test
  void refusesCommandsThatRecordOrCompareChecksums() {
    Project showing = full.withoutChecksums();

    assertThatThrownBy(() -> showing.plan(MigrateCommand.Kind.UPGRADE, "head", false))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("without checksums");
    assertThatThrownBy(showing::status).isInstanceOf(IllegalStateException.class);
    assertThat(dir.resolve("test.db")).doesNotExist();
  }
}
