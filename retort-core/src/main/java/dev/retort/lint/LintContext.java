package dev.retort.lint;

import dev.retort.config.RetortConfig;
import dev.retort.dialect.Capabilities;
import dev.retort.error.RetortException;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.script.ScriptHeader;
import dev.retort.script.SqlSyntax;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

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
 * @param target the capabilities of the database the project targets (the dialect of its
 *     configured URL, or of {@code --url}); empty when no URL is configured or its dialect is not
 *     known, and then the SQL rules run as written for PostgreSQL
 * @param syntax how the target database quotes and comments, for splitting SQL revisions as it
 *     reads them ({@link SqlSyntax#STANDARD} when the target is not known)
 */
public record LintContext(
    RetortConfig config, List<ScriptHeader> headers, List<RetortException> loadProblems, List<Revision> revisions,
    Optional<RevisionGraph> graph, Optional<LintDatabase> database, Set<java.nio.file.Path> onlyFiles,
    Optional<Capabilities> target, SqlSyntax syntax) {
  public LintContext {
    headers = List.copyOf(headers);
    loadProblems = List.copyOf(loadProblems);
    revisions = List.copyOf(revisions);
    onlyFiles = Set.copyOf(onlyFiles);
  }

  /** A context whose target database is not known. */
  public LintContext(
      RetortConfig config, List<ScriptHeader> headers, List<RetortException> loadProblems, List<Revision> revisions,
      Optional<RevisionGraph> graph, Optional<LintDatabase> database, Set<java.nio.file.Path> onlyFiles) {
    this(config, headers, loadProblems, revisions, graph, database, onlyFiles, Optional.empty());
  }

  /** A context whose target's SQL splits as standard SQL does. */
  public LintContext(
      RetortConfig config, List<ScriptHeader> headers, List<RetortException> loadProblems, List<Revision> revisions,
      Optional<RevisionGraph> graph, Optional<LintDatabase> database, Set<java.nio.file.Path> onlyFiles,
      Optional<Capabilities> target) {
    this(config, headers, loadProblems, revisions, graph, database, onlyFiles, target, SqlSyntax.STANDARD);
  }

  /** Whether the target database is known and has the capability (rules written for that capability). */
  public boolean targetHas(Predicate<Capabilities> capability) {
    return target.map(capability::test).orElse(false);
  }

  /** Whether the target database is known and lacks the capability (rules whose premise it is stay silent). */
  public boolean targetLacks(Predicate<Capabilities> capability) {
    return target.map(capability.negate()::test).orElse(false);
  }
}
