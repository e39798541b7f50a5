package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.error.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncompleteMarkerTest {
  private static final Path FILE = Path.of("migrations/versions/a1b2c3d4e5f6_x.sql");

  @TempDir Path tmp;

  @Test
  void in_headerLine_reasonAndLine() {
    String text = "-- Revision: a1b2c3d4e5f6\n-- Revises:\n-- incomplete:  no Python  \n\n-- +upgrade\n";

    IncompleteMarker marker = IncompleteMarker.in(FILE, text).orElseThrow();

    assertThat(marker.reason()).isEqualTo("no Python");
    assertThat(marker.location().line()).isEqualTo(3);
  }

  @Test
  void in_lineAfterTheHeader_notAMarker() {
    String inBody = "-- Revision: a1b2c3d4e5f6\n-- Revises:\n\n-- +upgrade\n-- Incomplete: a comment in the body\n";
    String afterStatement = "-- Revision: a1b2c3d4e5f6\n-- Revises:\nSELECT 1;\n-- Incomplete: later\n";

    assertThat(IncompleteMarker.in(FILE, inBody)).isEmpty();
    assertThat(IncompleteMarker.in(FILE, afterStatement)).isEmpty();
  }

  @Test
  void headerLine_oneLine_readBackAsWritten() {
    String line = IncompleteMarker.headerLine("Alembic failed:\n  upgrade(): NameError");

    assertThat(line).isEqualTo("-- Incomplete: Alembic failed: upgrade(): NameError");
    assertThat(IncompleteMarker.in(FILE, "-- Revision: a\n-- Revises:\n" + line + "\n").orElseThrow().reason())
        .isEqualTo("Alembic failed: upgrade(): NameError");
  }

  @Test
  void header_markerTwice_refusedAsAnyDuplicateKey() throws IOException {
    Path file = Files.writeString(tmp.resolve("a1b2c3d4e5f6_x.sql"),
        "-- Revision: a1b2c3d4e5f6\n-- Revises:\n-- Incomplete: one\n-- Incomplete: two\n\n-- +upgrade\n");

    assertThatThrownBy(() -> ScriptDirectory.of(java.util.List.of(ScriptSource.folder(tmp))).graph())
        .isInstanceOf(RetortException.class).hasMessageContaining("Incomplete appears twice");
    assertThat(file).exists();
  }
}
