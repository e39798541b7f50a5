package dev.retort.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One revision of the project and its place in the graph, as plain values.
 *
 * @param id the revision id
 * @param parents the revisions it revises, in the order written (empty for a base)
 * @param dependsOn ids or branch labels it depends on, as written
 * @param branchLabels labels declared on this revision, sorted
 * @param labels every branch label that covers it (its own and inherited ones), sorted
 * @param message the one-line message
 * @param createDate the {@code Create-Date} header text, or empty
 * @param java whether it is a Java revision (else SQL)
 * @param transactional whether it runs inside a transaction ({@code Transactional: false} turns that off)
 * @param checksum SHA-256 hex of the file with line endings normalised; empty when not read (see {@link
 *     Retort#withoutChecksums()})
 * @param location where it came from: a file path, or {@code classpath:...}
 * @param file the file on disk, when it is one
 * @param head whether no revision revises it
 * @param effectiveHead a head that another revision depends on (the {@code heads} command marks it "effective
 *     head")
 * @param branchPoint whether several revisions revise it
 * @param mergePoint whether it revises several revisions
 * @param children the revisions that revise it
 */
public record RevisionInfo(
    String id,
    List<String> parents,
    List<String> dependsOn,
    List<String> branchLabels,
    List<String> labels,
    String message,
    String createDate,
    boolean java,
    boolean transactional,
    String checksum,
    String location,
    Optional<Path> file,
    boolean head,
    boolean effectiveHead,
    boolean branchPoint,
    boolean mergePoint,
    List<String> children) {

  public RevisionInfo {
    parents = List.copyOf(parents);
    dependsOn = List.copyOf(dependsOn);
    branchLabels = branchLabels.stream().sorted().toList();
    labels = labels.stream().sorted().toList();
    children = List.copyOf(children);
  }

  /** Whether it revises nothing. */
  public boolean isBase() {
    return parents.isEmpty();
  }
}
