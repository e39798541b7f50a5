package dev.retort.it;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A revision graph with branches, a merge, a second base and depends_on edges, written by hand;
 * each revision creates table {@code t_<id>}. Expected version rows are computed from these
 * maps, never from Retort's code.
 *
 * <pre>
 * root1 ── root2 ──┬── bee1 ── bee2 ──────────┐
 *   │              │     ┆ (depends_on)       ├── merge1
 *   │              └── sea1 ── sea2 ──────────┘
 *   └── dee1 ── dee2       (sea2 depends on bee1)
 * xen1 (label xen) ── xen2  (xen2 depends on root2)
 * </pre>
 */
final class BranchyGraph {
  /** Parents. */
  static final Map<String, List<String>> PARENTS = Map.ofEntries(
      Map.entry("root1", List.of()),
      Map.entry("root2", List.of("root1")),
      Map.entry("bee1", List.of("root2")),
      Map.entry("bee2", List.of("bee1")),
      Map.entry("sea1", List.of("root2")),
      Map.entry("sea2", List.of("sea1")),
      Map.entry("merge1", List.of("bee2", "sea2")),
      Map.entry("dee1", List.of("root1")),
      Map.entry("dee2", List.of("dee1")),
      Map.entry("xen1", List.of()),
      Map.entry("xen2", List.of("xen1")));

  /** depends_on. */
  static final Map<String, List<String>> DEPENDS = Map.of("sea2", List.of("bee1"), "xen2", List.of("root2"));

  /** Every revision. */
  static final Set<String> ALL = Set.copyOf(PARENTS.keySet());

  /** The heads of the script graph. */
  static final Set<String> HEADS = Set.of("dee2", "merge1", "xen2");

  private BranchyGraph() {}

  static void write(Project project) {
    for (String id : PARENTS.keySet()) {
      Project.Rev rev = project.rev(id, String.join(", ", PARENTS.get(id))).table();
      if (DEPENDS.containsKey(id)) {
        rev.dependsOn(String.join(", ", DEPENDS.get(id)));
      }
      if (id.equals("xen1")) {
        rev.labels("xen");
      }
      rev.write();
    }
  }

  /** The rows the invariant demands for an applied set: applied revisions no applied revision names. */
  static Set<String> rowsFor(Set<String> applied) {
    Set<String> named = new HashSet<>();
    for (String id : applied) {
      named.addAll(PARENTS.get(id));
      named.addAll(DEPENDS.getOrDefault(id, List.of()));
    }
    Set<String> rows = new TreeSet<>(applied);
    rows.removeAll(named);
    return rows;
  }

  static Set<String> without(Set<String> set, String... ids) {
    Set<String> out = new TreeSet<>(set);
    out.removeAll(List.of(ids));
    return out;
  }
}
