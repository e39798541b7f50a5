package dev.retort.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny text DSL for revision graph fixtures (STYLE C12).
 *
 * <pre>
 * a &lt;- b &lt;- c                    # b revises a, c revises b
 * b &lt;- d                         # d revises b: b is a branch point
 * c,d &lt;- m                       # m revises c and d: a merge
 * m &lt;- x [label=feat] {depends=d} # x revises m, declares label feat, depends on d
 * solo                           # a lone base
 * </pre>
 *
 * <ul>
 *   <li>One statement per line; {@code #} starts a comment; blank lines are ignored.
 *   <li>A statement is a chain of groups separated by {@code <-}; every revision of a group revises
 *       every revision of the group before it. A group is one or more comma separated items.
 *   <li>An item is an id, optionally followed by {@code [label=l1,l2]} (branch labels) and then
 *       {@code {depends=x,y}} (Depends-On values, ids or labels, kept as written).
 *   <li>A revision may appear on many lines; its parents, labels and dependencies accumulate in the
 *       order written. Parents are not de-duplicated, so {@code a,a <- b} or {@code a <- a} build
 *       the invalid revisions that validation tests need.
 *   <li>Revisions are returned in the order of their first appearance.
 * </ul>
 *
 * {@link #parse} builds and validates the graph; {@link #revisions} only builds the records.
 */
final class Graphs {
  private static final Pattern ITEM = Pattern.compile(
      "\\s*([A-Za-z0-9_.]+)\\s*(?:\\[label=([^\\]]*)\\])?\\s*(?:\\{depends=([^}]*)\\})?\\s*");

  private Graphs() {}

  /** Builds the graph the text describes; throws whatever {@link RevisionGraph#of} throws. */
  static RevisionGraph parse(String text) {
    return RevisionGraph.of(revisions(text));
  }

  /** The revisions the text describes, not validated. */
  static List<Revision> revisions(String text) {
    Map<String, Node> nodes = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      int hash = line.indexOf('#');
      String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (body.isEmpty()) {
        continue;
      }
      List<Node> previous = List.of();
      for (String group : body.split("<-", -1)) {
        List<Node> current = group(group, nodes, n + 1);
        for (Node child : current) {
          for (Node parent : previous) {
            child.parents.add(parent.id);
          }
        }
        previous = current;
      }
    }
    return nodes.values().stream().map(Node::toRevision).toList();
  }

  /** A revision id. */
  static RevisionId id(String value) {
    return RevisionId.of(value);
  }

  /** Revision ids from space separated text, in the order written. */
  static List<RevisionId> ids(String spaced) {
    if (spaced.isBlank()) {
      return List.of();
    }
    return Arrays.stream(spaced.strip().split("\\s+")).map(RevisionId::of).toList();
  }

  private static List<Node> group(String group, Map<String, Node> nodes, int line) {
    List<Node> result = new ArrayList<>();
    Matcher m = ITEM.matcher(group);
    int at = 0;
    while (true) {
      m.region(at, group.length());
      if (!m.lookingAt()) {
        throw new IllegalArgumentException("line " + line + ": cannot read '" + group.substring(at) + "'");
      }
      Node node = nodes.computeIfAbsent(m.group(1), Node::new);
      node.labels.addAll(split(m.group(2)));
      node.dependsOn.addAll(split(m.group(3)));
      result.add(node);
      at = m.end();
      if (at == group.length()) {
        return result;
      }
      if (group.charAt(at) != ',') {
        throw new IllegalArgumentException("line " + line + ": expected ',' or '<-' in '" + group + "'");
      }
      at++;
    }
  }

  private static List<String> split(String list) {
    if (list == null || list.isBlank()) {
      return List.of();
    }
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static final class Node {
    final String id;
    final List<String> parents = new ArrayList<>();
    final Set<String> labels = new LinkedHashSet<>();
    final List<String> dependsOn = new ArrayList<>();

    Node(String id) {
      this.id = id;
    }

    Revision toRevision() {
      return Revision.of(id, parents, dependsOn, labels);
    }
  }
}
