package dev.retort.api;

import dev.retort.command.HistoryQuery;
import dev.retort.config.RetortConfig;
import dev.retort.graph.Resolved;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.TargetResolver;
import dev.retort.script.ScriptDirectory;
import java.util.List;

/**
 * The facade over Retort for the CLI and embedders. One instance per project; it reads the
 * script directory once, on first use, and holds no global state.
 */
public final class Retort {
  private final RetortConfig config;
  private RevisionGraph graph;

  private Retort(RetortConfig config) {
    this.config = config;
  }

  public static Retort open(RetortConfig config) {
    return new Retort(config);
  }

  public RetortConfig config() {
    return config;
  }

  /** The validated revision graph of the script directory (read on first call). */
  public RevisionGraph graph() {
    if (graph == null) {
      graph = new ScriptDirectory(config.versionLocations()).graph();
    }
    return graph;
  }

  /** The heads; with {@code resolveDependencies}, only heads no revision depends on. */
  public List<Revision> heads(boolean resolveDependencies) {
    RevisionGraph g = graph();
    return revisions(resolveDependencies ? g.effectiveHeads() : g.heads());
  }

  /** Branch points, newest first. */
  public List<Revision> branchPoints() {
    List<RevisionId> points = new java.util.ArrayList<>(graph().branchPoints());
    java.util.Collections.reverse(points);
    return revisions(points);
  }

  /** History, newest first; {@code range} may be null for all of it. */
  public List<Revision> history(String range) {
    HistoryQuery query = new HistoryQuery(graph(), null);
    return revisions(range == null ? query.all() : query.range(range));
  }

  /** The revisions a target names (several for {@code heads}); none for a base. */
  public List<Revision> show(String target) {
    Resolved resolved = new TargetResolver(graph(), null).resolve(target);
    return revisions(resolved.base() ? List.of() : resolved.ids());
  }

  private List<Revision> revisions(List<RevisionId> ids) {
    RevisionGraph g = graph();
    return ids.stream().map(g::get).toList();
  }
}
