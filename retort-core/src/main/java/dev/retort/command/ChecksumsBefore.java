package dev.retort.command;

import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.run.DatabaseIdRewrite;
import dev.retort.script.Checksum;
import dev.retort.script.ClasspathPath;
import dev.retort.script.IdRewrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For files that were already rewritten (another environment's {@code --apply-mapping}, or a
 * second run after the database step failed): each rewritten file's checksum before the rewrite,
 * found by rewriting the file back with the reverse mapping. A file counts only when rewriting
 * that result forward gives its bytes exactly, so an unrelated later edit is never taken for
 * the rewrite.
 */
final class ChecksumsBefore {
  private ChecksumsBefore() {}

  static List<DatabaseIdRewrite.FileChecksum> of(RevisionGraph graph, List<DatabaseIdRewrite.Rename> renames) {
    Map<String, String> forward = new HashMap<>();
    Map<String, String> reverse = new HashMap<>();
    renames.forEach(r -> {
      forward.put(r.oldId(), r.newId());
      reverse.put(r.newId(), r.oldId());
    });
    List<DatabaseIdRewrite.FileChecksum> checksums = new ArrayList<>();
    for (RevisionId id : graph.topologicalOrder()) {
      Revision revision = graph.get(id);
      if (revision.origin().path() instanceof ClasspathPath || !namesAny(revision, reverse)) {
        continue;
      }
      String text;
      try {
        text = new String(Files.readAllBytes(revision.origin().path()), StandardCharsets.UTF_8);
      } catch (IOException e) {
        continue; // the graph was just read from this file; a file gone since has no checksum to carry
      }
      String newId = id.value();
      String oldId = reverse.getOrDefault(newId, newId);
      String before = IdRewrite.rewrite(revision.kind(), text, newId, reverse).text();
      if (IdRewrite.rewrite(revision.kind(), before, oldId, forward).text().equals(text) && !before.equals(text)) {
        checksums.add(new DatabaseIdRewrite.FileChecksum(oldId, newId, Checksum.of(IdRewrite.bytes(before)),
            Checksum.of(IdRewrite.bytes(text))));
      }
    }
    return checksums;
  }

  private static boolean namesAny(Revision revision, Map<String, String> ids) {
    return ids.containsKey(revision.id().value())
        || revision.parents().stream().anyMatch(p -> ids.containsKey(p.value()))
        || revision.dependsOn().stream().anyMatch(ids::containsKey);
  }
}
