package dev.retort.graph.draw;

import java.util.List;

/**
 * One revision as a picture shows it.
 *
 * @param id the revision id
 * @param parents the parents that are in the picture, in the order written (edges are drawn to these)
 * @param dependsOn the revisions it depends on (labels resolved), in the picture or not
 * @param branchLabels the labels it declares, sorted
 * @param message the one-line message
 * @param head whether no revision revises it
 * @param branchPoint whether several revisions revise it
 * @param mergePoint whether it revises several revisions
 * @param applied whether the database has applied it (always false when the database was not read)
 * @param current whether the version table holds it
 */
public record DrawnRevision(
    String id,
    List<String> parents,
    List<String> dependsOn,
    List<String> branchLabels,
    String message,
    boolean head,
    boolean branchPoint,
    boolean mergePoint,
    boolean applied,
    boolean current) {

  public DrawnRevision {
    parents = List.copyOf(parents);
    dependsOn = List.copyOf(dependsOn);
    branchLabels = branchLabels.stream().sorted().toList();
    message = message == null ? "" : message;
  }
}
