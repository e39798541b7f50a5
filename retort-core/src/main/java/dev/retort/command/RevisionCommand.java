package dev.retort.command;

import dev.retort.config.RetortConfig;
import dev.retort.error.Paths;
import dev.retort.graph.Resolved;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.TargetResolver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code retort revision} and {@code retort merge}: new revision files on top of the graph. */
public final class RevisionCommand {
  private final RetortConfig config;
  private final RevisionGraph graph;

  public RevisionCommand(RetortConfig config, RevisionGraph graph) {
    this.config = config;
    this.graph = graph;
  }

  /** Writes a new revision; returns its path. */
  public Path revision(RevisionRequest request) {
    List<RevisionId> parents = parents(request.head(), request.splice());
    List<String> dependsOn = new ArrayList<>();
    TargetResolver resolver = new TargetResolver(graph, null);
    for (String dependency : request.dependsOn()) {
      dependsOn.add(graph.labelOwner(dependency).isPresent() ? dependency : resolver.resolve(dependency).single().value());
    }
    return new RevisionWriter(config, graph).write(request.message(), request.java(), parents, request.branchLabels(),
        dependsOn, request.revId(), request.versionPath(), request.body());
  }

  /** Writes a merge revision revising every given head ({@code heads} names them all); returns its path. */
  public Path merge(List<String> revisions, String message, String revId, List<String> branchLabels) {
    List<RevisionId> parents = new ArrayList<>();
    TargetResolver resolver = new TargetResolver(graph, null);
    for (String text : revisions) {
      for (RevisionId id : resolver.resolve(text).ids()) {
        if (!graph.isHead(id)) {
          throw new AuthoringException(null, id + " is not a head, so there is nothing to merge it with",
              List.of("heads: " + join(graph.heads())), "merge heads only: retort merge heads -m \"" + message + "\"");
        }
        if (!parents.contains(id)) {
          parents.add(id);
        }
      }
    }
    if (parents.size() < 2) {
      throw new AuthoringException(null, "a merge needs two or more heads; " + (parents.isEmpty() ? "none" : "only "
          + parents.get(0)) + " was named", List.of("heads: " + join(graph.heads())),
          graph.heads().size() < 2 ? "there is only one head: nothing to merge" : "retort merge heads -m \"merge heads\"");
    }
    parents.sort(null);
    return new RevisionWriter(config, graph).write(message, false, parents, branchLabels, List.of(), revId, null,
        null);
  }

  private List<RevisionId> parents(String head, boolean splice) {
    if (head == null) {
      List<RevisionId> heads = graph.heads();
      if (heads.size() > 1) {
        throw new AuthoringException(null, heads.size() + " heads, so the new revision's parent is ambiguous",
            heads.stream().map(id -> id + "  " + graph.get(id).message() + "  " + Paths.display(graph.get(id).origin().path()))
                .toList(),
            "merge them first (retort merge heads -m \"merge heads\"), or pass --head <rev> (e.g. --head " + heads.get(0)
                + ")");
      }
      return heads;
    }
    Resolved resolved = new TargetResolver(graph, null).resolve(head);
    if (resolved.base()) {
      return List.of();
    }
    for (RevisionId id : resolved.ids()) {
      if (!graph.isHead(id) && !splice) {
        throw new AuthoringException(null, id + " is not a head; a new revision on it starts a new branch",
            List.of("its children: " + join(graph.children(id))),
            "pass --splice to branch from it on purpose, or --head " + graph.heads().get(0));
      }
    }
    return resolved.ids();
  }

  private static String join(List<RevisionId> ids) {
    return String.join(", ", ids.stream().map(RevisionId::value).toList());
  }
}
