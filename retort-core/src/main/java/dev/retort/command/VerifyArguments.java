package dev.retort.command;

import dev.retort.error.ErrorCode;
import dev.retort.graph.Resolved;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.TargetResolver;
import dev.retort.verify.VerifySettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Resolves the revisions that {@code verify}'s options name (ids, prefixes, labels) to single ids. */
final class VerifyArguments {
  private VerifyArguments() {}

  static VerifySettings settings(RevisionGraph graph, VerifyOptions options) {
    TargetResolver resolver = new TargetResolver(graph, null);
    Optional<RevisionId> min = options.minRevision().map(text -> single(resolver, "--min-revision", text));
    Set<RevisionId> skip = new HashSet<>();
    for (String text : options.skip()) {
      skip.add(single(resolver, "--skip", text));
    }
    Map<RevisionId, Path> seeds = new HashMap<>();
    for (Map.Entry<String, Path> seed : options.seeds().entrySet()) {
      RevisionId id = single(resolver, "--seed", seed.getKey());
      if (seeds.put(id, seed.getValue()) != null) {
        throw new VerifyOptionException("two seed files for " + id,
            "give one --seed " + id + "=<file.sql>; put every row it needs into that file");
      }
    }
    return new VerifySettings(min, skip, seeds);
  }

  private static RevisionId single(TargetResolver resolver, String option, String text) {
    Resolved resolved = resolver.resolve(text);
    if (resolved.base() || resolved.ids().size() != 1) {
      throw new VerifyOptionException(option + " " + text + " names " + (resolved.base() ? "no revision (base)"
          : resolved.ids().size() + " revisions"), "name one revision: its id, a unique prefix or a branch label");
    }
    return resolved.ids().get(0);
  }

  /** RT-T002: an option of verify names no single revision, or a revision twice. */
  static final class VerifyOptionException extends dev.retort.error.RetortException {
    private static final long serialVersionUID = 1L;

    VerifyOptionException(String summary, String hint) {
      super(ErrorCode.T002, null, summary, List.of(), hint);
    }
  }
}
