package dev.retort.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retort.api.RevisionInfo;
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
  private final ObjectMapper mapper = new ObjectMapper();

  /** One revision as a map with a fixed field order. */
  public Map<String, Object> toMap(RevisionInfo revision) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", revision.id());
    map.put("parents", revision.parents());
    map.put("dependsOn", revision.dependsOn());
    map.put("branchLabels", revision.branchLabels());
    map.put("branches", revision.labels());
    map.put("message", revision.message());
    map.put("createDate", revision.createDate());
    map.put("path", ShownPath.of(revision));
    map.put("kind", revision.java() ? "java" : "sql");
    map.put("checksum", revision.checksum());
    map.put("transactional", revision.transactional());
    map.put("children", revision.children());
    map.put("head", revision.head());
    map.put("branchPoint", revision.branchPoint());
    map.put("mergePoint", revision.mergePoint());
    return map;
  }

  /** Writes the revisions as one JSON array and a newline. */
  public void writeArray(PrintWriter out, List<RevisionInfo> revisions) {
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
}
