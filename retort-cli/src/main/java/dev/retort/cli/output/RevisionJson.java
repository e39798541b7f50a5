package dev.retort.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retort.error.Paths;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stable {@code --json} shape of a revision. Fields: id, parents, dependsOn, branchLabels
 * (declared), branches (every label covering it), message, createDate, path, kind, checksum,
 * transactional, children, head, branchPoint, mergePoint.
 */
public final class RevisionJson {
  private final RevisionGraph graph;
  private final ObjectMapper mapper = new ObjectMapper();

  public RevisionJson(RevisionGraph graph) {
    this.graph = graph;
  }

  /** One revision as a map with a fixed field order. */
  public Map<String, Object> toMap(Revision revision) {
    RevisionId id = revision.id();
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", id.value());
    map.put("parents", ids(revision.parents()));
    map.put("dependsOn", revision.dependsOn());
    map.put("branchLabels", List.copyOf(revision.branchLabels()));
    map.put("branches", List.copyOf(graph.labelsOf(id)));
    map.put("message", revision.message());
    map.put("createDate", revision.createDate());
    map.put("path", Paths.display(revision.origin().path()));
    map.put("kind", revision.kind().name().toLowerCase(java.util.Locale.ROOT));
    map.put("checksum", revision.checksum());
    map.put("transactional", revision.transactional());
    map.put("children", ids(graph.children(id)));
    map.put("head", graph.isHead(id));
    map.put("branchPoint", graph.isBranchPoint(id));
    map.put("mergePoint", revision.isMerge());
    return map;
  }

  /** Writes the revisions as one JSON array and a newline. */
  public void writeArray(PrintWriter out, List<Revision> revisions) {
    write(out, revisions.stream().map(this::toMap).toList());
  }

  /** Writes any JSON-mappable value and a newline. */
  public void write(PrintWriter out, Object value) {
    try {
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("maps of strings always serialise", e);
    }
  }

  private static List<String> ids(List<RevisionId> ids) {
    return ids.stream().map(RevisionId::value).toList();
  }
}
