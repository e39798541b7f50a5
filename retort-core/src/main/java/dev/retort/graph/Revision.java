package dev.retort.graph;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One node of the revision graph, as declared by its script's header. Immutable; children, heads
 * and inherited branch labels are derived by {@link RevisionGraph}.
 *
 * @param id the revision id
 * @param parents the revisions it revises, in the order written (empty for a base)
 * @param dependsOn revision ids or branch labels it depends on, as written
 * @param branchLabels labels declared on this revision
 * @param message the one-line message
 * @param createDate the {@code Create-Date} header text, or empty
 * @param kind SQL or Java
 * @param checksum SHA-256 hex of the file with line endings normalised, or empty
 * @param transactional whether the revision runs inside a transaction
 * @param origin the file and header lines it came from
 * @param replaces for a squash revision, the ids of the revisions it replaces ({@code Replaces:});
 *     empty for every other revision
 */
public record Revision(
    RevisionId id,
    List<RevisionId> parents,
    List<String> dependsOn,
    Set<String> branchLabels,
    String message,
    String createDate,
    RevisionKind kind,
    String checksum,
    boolean transactional,
    ScriptOrigin origin,
    List<RevisionId> replaces) {

  public Revision {
    Objects.requireNonNull(id, "id");
    parents = List.copyOf(parents);
    dependsOn = List.copyOf(dependsOn);
    branchLabels = branchLabels.isEmpty()
        ? java.util.Collections.emptySortedSet()
        : java.util.Collections.unmodifiableSortedSet(new TreeSet<>(branchLabels));
    message = message == null ? "" : message;
    createDate = createDate == null ? "" : createDate;
    Objects.requireNonNull(kind, "kind");
    checksum = checksum == null ? "" : checksum;
    Objects.requireNonNull(origin, "origin");
    replaces = List.copyOf(replaces);
  }

  /** A revision that replaces nothing (every revision but a squash). */
  public Revision(
      RevisionId id,
      List<RevisionId> parents,
      List<String> dependsOn,
      Set<String> branchLabels,
      String message,
      String createDate,
      RevisionKind kind,
      String checksum,
      boolean transactional,
      ScriptOrigin origin) {
    this(id, parents, dependsOn, branchLabels, message, createDate, kind, checksum, transactional, origin, List.of());
  }

  /** True when this revision squashes others ({@code Replaces:} names at least one). */
  public boolean isSquash() {
    return !replaces.isEmpty();
  }

  /** The same revision with other parents and dependencies (a squash view rewrites references). */
  public Revision withReferences(List<RevisionId> newParents, List<String> newDependsOn) {
    return new Revision(id, newParents, newDependsOn, branchLabels, message, createDate, kind, checksum,
        transactional, origin, replaces);
  }

  /** A revision built in memory, for tests and generators. */
  public static Revision of(String id, List<String> parents) {
    return of(id, parents, List.of(), Set.of());
  }

  /** A revision built in memory with dependencies and labels. */
  public static Revision of(
      String id, List<String> parents, List<String> dependsOn, Set<String> labels) {
    return new Revision(
        RevisionId.of(id),
        parents.stream().map(RevisionId::of).toList(),
        dependsOn,
        labels,
        "",
        "",
        RevisionKind.SQL,
        "",
        true,
        ScriptOrigin.inMemory(id));
  }

  /** True when this revision revises nothing. */
  public boolean isBase() {
    return parents.isEmpty();
  }

  /** True when this revision revises two or more revisions. */
  public boolean isMerge() {
    return parents.size() > 1;
  }
}
