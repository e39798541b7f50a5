package dev.retort.command;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.graph.Resolved;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.TargetResolver;
import dev.retort.graph.Traversal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The files {@code lint --since X} limits the findings to. X is tried as a revision (an id, a
 * unique prefix, a branch label, {@code label@head}; anything that names one revision) and as a
 * git ref: a revision gives the files of its descendants (X itself left out, as in {@code history
 * -r X:heads}); a git ref gives the files added since it. A value that is both is an error
 * (RT-A003) that shows the explicit forms, {@code --since-revision X} and {@code --since
 * 'X^{commit}'}; so is a value that is neither.
 */
public final class LintSince {
  private final Supplier<RevisionGraph> graph;
  private final GitChanges git;

  /**
   * @param graph the project's graph (loaded only when needed; it may throw on a broken project)
   * @param git git in the project folder
   */
  public LintSince(Supplier<RevisionGraph> graph, GitChanges git) {
    this.graph = graph;
    this.git = git;
  }

  /** {@code --since X}: a revision or a git ref. */
  public Set<Path> files(String since) {
    List<String> why = new ArrayList<>();
    Optional<RevisionId> revision = revision(since, why);
    Optional<String> commit = git.commitOf(since);
    if (revision.isPresent() && commit.isPresent()) {
      throw LintSinceException.ambiguous(since, revision.get().value(), commit.get());
    }
    if (revision.isPresent()) {
      return descendants(revision.get());
    }
    try {
      return git.addedSince(since);
    } catch (GitChangesException e) {
      if (commit.isPresent()) {
        throw e;
      }
      why.add("not a git ref: " + e.summary());
      e.details().forEach(line -> why.add("  " + line));
      throw LintSinceException.neither(since, why, e.hint());
    }
  }

  /** {@code --since-revision X}: a revision only; its errors are the target errors (RT-G004, ...). */
  public Set<Path> revisionFiles(String since) {
    Resolved resolved = new TargetResolver(graph.get(), null).resolve(since);
    if (resolved.base() || resolved.ids().size() != 1) {
      throw LintSinceException.neither(since, List.of("'" + since + "' names " + resolved.ids().size()
          + " revisions; --since-revision needs exactly one"));
    }
    return descendants(resolved.ids().get(0));
  }

  private Optional<RevisionId> revision(String since, List<String> why) {
    try {
      Resolved resolved = new TargetResolver(graph.get(), null).resolve(since);
      if (!resolved.base() && resolved.ids().size() == 1) {
        return Optional.of(resolved.ids().get(0));
      }
      why.add("not a revision: '" + since + "' names " + resolved.ids().size() + " revisions, not one");
    } catch (RetortException e) {
      if (e.code() == ErrorCode.G005) {
        why.add("not a revision: " + e.summary() + " (several revisions start with it)");
      } else {
        why.add("not a revision: " + e.summary());
      }
    }
    return Optional.empty();
  }

  private Set<Path> descendants(RevisionId from) {
    RevisionGraph g = graph.get();
    Set<Path> files = new LinkedHashSet<>();
    for (RevisionId id : new Traversal(g).descendantsOrSelf(List.of(from), Traversal.Edges.PARENTS)) {
      if (!id.equals(from)) {
        files.add(g.get(id).origin().path().toAbsolutePath().normalize());
      }
    }
    return files;
  }
}
