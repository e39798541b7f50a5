package dev.retort.graph;

import java.util.List;

/**
 * One squash revision and the chain of revisions it replaces, while their scripts are still
 * there.
 *
 * @param id the squash revision
 * @param chain the replaced revisions, oldest first: the range {@code from()..to()}
 */
public record Squash(RevisionId id, List<RevisionId> chain) {
  public Squash {
    chain = List.copyOf(chain);
  }

  /** The oldest replaced revision. */
  public RevisionId from() {
    return chain.get(0);
  }

  /** The newest replaced revision. */
  public RevisionId to() {
    return chain.get(chain.size() - 1);
  }

  /** Whether the squash replaces this revision. */
  public boolean replaces(RevisionId revision) {
    return chain.contains(revision);
  }
}
