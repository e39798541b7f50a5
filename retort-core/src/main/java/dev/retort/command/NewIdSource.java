package dev.retort.command;

import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;

/**
 * New revision ids for {@code rewrite-ids}: 12 random lower-case hex characters, the shape
 * {@code retort revision} makes, that no revision has, that no branch label is, and whose first
 * four characters no other id (old or new) starts with, so a four-character prefix names each
 * (while such prefixes are left).
 */
final class NewIdSource {
  private final Random random;

  NewIdSource(Random random) {
    this.random = random;
  }

  /** A fresh id, unlike every id of {@code graph} and of {@code taken}. */
  String next(RevisionGraph graph, Set<String> taken) {
    for (int attempt = 0; ; attempt++) {
      byte[] bytes = new byte[6];
      random.nextBytes(bytes);
      String id = HexFormat.of().formatHex(bytes);
      String prefix = id.substring(0, 4);
      boolean free = !graph.contains(new RevisionId(id)) && graph.labelOwner(id).isEmpty() && !taken.contains(id);
      // past a thousand tries the four-character prefixes are nearly all used: any free id will do
      if (free && (attempt > 1000 || graph.withPrefix(prefix).isEmpty()
          && taken.stream().noneMatch(t -> t.startsWith(prefix)))) {
        return id;
      }
    }
  }
}
