package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Checks on the {@code --json} revision object: the documented fields and their types. */
final class RevisionJsonAssert {
  private RevisionJsonAssert() {}

  /** An object with at least a text id, an array of text parents, a text message and a text path. */
  static void hasShape(JsonNode node) {
    assertThat(node.isObject()).as("revision object: %s", node).isTrue();
    assertThat(node.path("id").isTextual()).as("id in %s", node).isTrue();
    assertThat(node.get("id").asText()).isNotEmpty();
    assertThat(node.path("parents").isArray()).as("parents in %s", node).isTrue();
    node.get("parents").forEach(p -> assertThat(p.isTextual()).as("parent %s", p).isTrue());
    assertThat(node.path("message").isTextual()).as("message in %s", node).isTrue();
    assertThat(node.path("path").isTextual()).as("path in %s", node).isTrue();
    assertThat(node.path("dependsOn").isArray()).as("dependsOn in %s", node).isTrue();
    assertThat(node.path("branchLabels").isArray()).as("branchLabels in %s", node).isTrue();
    // text output skips checksums; JSON output must still carry the file's SHA-256
    assertThat(node.path("checksum").asText()).as("checksum in %s", node).matches("[0-9a-f]{64}");
  }

  /** Every element of an array is a revision object. */
  static void allHaveShape(JsonNode array) {
    assertThat(array.isArray()).as("array: %s", array).isTrue();
    array.forEach(RevisionJsonAssert::hasShape);
  }

  /** The object's path names this file (relative paths are taken from the working directory). */
  static void pointsAt(JsonNode node, Path file) {
    Path shown = Path.of(node.get("path").asText());
    Path resolved = Path.of("").toAbsolutePath().resolve(shown).normalize();
    assertThat(resolved).as("path of %s", node.get("id")).isEqualTo(file.toAbsolutePath().normalize());
    assertThat(Files.isRegularFile(resolved)).as("%s exists", resolved).isTrue();
  }

  static List<String> strings(JsonNode array) {
    assertThat(array.isArray()).as("array: %s", array).isTrue();
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
