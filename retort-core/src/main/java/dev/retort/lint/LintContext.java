package dev.retort.lint;

import dev.retort.config.RetortConfig;
import dev.retort.error.RetortException;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.script.ScriptHeader;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a rule may look at, loaded leniently: every header that parsed, every problem the
 * loader found (instead of stopping at the first), the graph when one could be built.
 *
 * @param config the project configuration
 * @param headers every revision header that parsed, sorted by path
 * @param loadProblems header and graph problems, all of them
 * @param revisions the revisions of the headers that parsed
 * @param graph the graph, when the revisions form a valid one
 * @param database the live database, for {@code lint --url}
 * @param onlyFiles when not empty, report findings only for these files ({@code --since})
 */
public record LintContext(
    RetortConfig config, List<ScriptHeader> headers, List<RetortException> loadProblems, List<Revision> revisions,
    Optional<RevisionGraph> graph, Optional<LintDatabase> database, Set<java.nio.file.Path> onlyFiles) {
  public LintContext {
    headers = List.copyOf(headers);
    loadProblems = List.copyOf(loadProblems);
    revisions = List.copyOf(revisions);
    onlyFiles = Set.copyOf(onlyFiles);
  }
}
