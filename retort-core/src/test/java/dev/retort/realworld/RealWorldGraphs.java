package dev.retort.realworld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.RevisionKind;
import dev.retort.graph.ScriptOrigin;
import dev.retort.script.ScriptDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The revision graphs of seven real Alembic projects ({@code shared/realworld/<project>.json}), as
 * in-memory {@link Revision}s and as Retort SQL revision files.
 *
 * <p>The shared folder is the system property {@code retort.shared} when set (the {@code shared}
 * folder itself, or its {@code realworld} subfolder); otherwise the first {@code shared/realworld}
 * found walking up from the working directory (Maven runs tests in the module folder; the repository
 * has {@code shared/} beside it).
 */
final class RealWorldGraphs {
  /** The projects, in the order of the README table. */
  static final List<String> PROJECTS =
      List.of("invenio", "neutron", "aiida-core", "fides", "warehouse", "redash", "ctfd");

  private RealWorldGraphs() {}

  /** One revision of a spec, as the JSON holds it. */
  record SpecRevision(
      String id, List<String> downRevisions, List<String> branchLabels, List<String> dependsOn, String message) {}

  /** One project's graph spec. */
  record Spec(String project, List<SpecRevision> revisions) {}

  /** The folder holding the {@code <project>.json} files. */
  static Path folder() {
    String property = System.getProperty("retort.shared");
    if (property != null && !property.isBlank()) {
      Path shared = Path.of(property).toAbsolutePath().normalize();
      Path realworld = shared.resolve("realworld");
      if (Files.isDirectory(realworld)) {
        return realworld;
      }
      if (Files.isRegularFile(shared.resolve("invenio.json"))) {
        return shared;
      }
      throw new IllegalStateException("-Dretort.shared=" + property + " holds no realworld/ folder");
    }
    Path start = Path.of("").toAbsolutePath().normalize();
    return findAbove(start).orElseThrow(() -> new IllegalStateException(
        "no shared/realworld folder in " + start + " or above; pass -Dretort.shared=<path to shared>"));
  }

  /** The first {@code shared/realworld} folder in {@code start} or one of its ancestors. */
  static Optional<Path> findAbove(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("realworld");
      if (Files.isRegularFile(candidate.resolve("invenio.json"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Reads {@code <project>.json}. */
  static Spec load(String project) {
    Path file = folder().resolve(project + ".json");
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<SpecRevision> revisions = new ArrayList<>();
    for (JsonNode node : root.get("revisions")) {
      revisions.add(new SpecRevision(
          node.get("id").asText(),
          strings(node.get("down_revisions")),
          strings(node.get("branch_labels")),
          strings(node.get("depends_on")),
          node.hasNonNull("message") ? node.get("message").asText() : ""));
    }
    return new Spec(project, List.copyOf(revisions));
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    if (array != null && !array.isNull()) {
      if (array.isArray()) {
        array.forEach(item -> values.add(item.asText()));
      } else if (!array.asText().isEmpty()) {
        values.add(array.asText());
      }
    }
    return List.copyOf(values);
  }

  /** The revisions, built in memory the way {@link Revision#of} does, with the messages kept. */
  static List<Revision> inMemory(Spec spec) {
    return spec.revisions().stream()
        .map(r -> new Revision(
            RevisionId.of(r.id()),
            r.downRevisions().stream().map(RevisionId::of).toList(),
            r.dependsOn(),
            new LinkedHashSet<>(r.branchLabels()),
            r.message(),
            "",
            RevisionKind.SQL,
            "",
            true,
            ScriptOrigin.inMemory(r.id())))
        .toList();
  }

  /** Builds the graph in memory. */
  static RevisionGraph memoryGraph(Spec spec) {
    return RevisionGraph.of(inMemory(spec));
  }

  /** Writes one {@code <id>_<slug>.sql} file per revision into {@code versions}. */
  static void writeSqlFiles(Spec spec, Path versions) {
    try {
      Files.createDirectories(versions);
      for (SpecRevision r : spec.revisions()) {
        Files.writeString(versions.resolve(r.id() + "_" + slug(r.message()) + ".sql"), sql(r), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the files and loads them back through {@link ScriptDirectory}. */
  static RevisionGraph fileGraph(Spec spec, Path versions) {
    writeSqlFiles(spec, versions);
    return new ScriptDirectory(List.of(versions)).graph();
  }

  private static String sql(SpecRevision r) {
    StringBuilder out = new StringBuilder();
    out.append("-- Revision: ").append(r.id()).append('\n');
    out.append("-- Revises: ").append(String.join(", ", r.downRevisions())).append('\n');
    out.append("-- Message: ").append(r.message()).append('\n');
    out.append("-- Create-Date: 2020-01-01T00:00:00Z\n");
    if (!r.branchLabels().isEmpty()) {
      out.append("-- Branch-Labels: ").append(String.join(", ", r.branchLabels())).append('\n');
    }
    if (!r.dependsOn().isEmpty()) {
      out.append("-- Depends-On: ").append(String.join(", ", r.dependsOn())).append('\n');
    }
    out.append("\n-- +upgrade\nSELECT 1;\n\n-- +downgrade\nSELECT 1;\n");
    return out.toString();
  }

  private static String slug(String message) {
    String slug = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (slug.length() > 40) {
      slug = slug.substring(0, 40);
    }
    return slug.isEmpty() ? "revision" : slug;
  }
}
