package dev.retort.run;

import dev.retort.graph.RevisionId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a failed step leaves behind, for its error message: the rows as last committed, and which
 * step a rollback undoes first (where the same command starts again). With one transaction per
 * migration that is the failed step; with {@code transaction_per_migration = false} it is the
 * run's first step, or the one after the last non-transactional step, which committed the run so
 * far.
 *
 * @param committed the version rows as last committed
 * @param bodies the run's steps
 * @param firstUncommitted the index of the first step a rollback undoes
 * @param failed the index of the step that failed
 * @param perStep whether each step commits on its own
 */
record StateLeft(Set<RevisionId> committed, List<StepBody> bodies, int firstUncommitted, int failed, boolean perStep) {
  StateLeft {
    committed = Set.copyOf(committed);
    bodies = List.copyOf(bodies);
  }

  /** "the version table is at [..]" (or {@code <base>}). */
  String state() {
    return state(committed);
  }

  /** "the version table is at [..]" (or {@code <base>}) for these rows. */
  static String state(Set<RevisionId> rows) {
    return "the version table is at " + (rows.isEmpty() ? "<base>" : new TreeSet<>(rows));
  }

  /** What the rollback of a transactional step undid, and the state left. */
  String afterRollback() {
    return afterRollback("the revision's changes were");
  }

  /**
   * As {@link #afterRollback()}, naming what a per-step rollback undid in the caller's words
   * ({@code "its transaction was"}).
   */
  String afterRollback(String undoneWere) {
    if (perStep || firstUncommitted == failed) {
      return undoneWere + " rolled back; " + state();
    }
    if (firstUncommitted == 0) {
      return "transaction_per_migration = false: the whole run was rolled back, so the database is as it was before"
          + " the run; " + state();
    }
    return "transaction_per_migration = false: every step from " + resumesFrom() + " on was rolled back (the"
        + " non-transactional " + name(firstUncommitted - 1) + " committed the steps before it); " + state();
  }

  /** The revision the same command runs first next time. */
  String resumesFrom() {
    return name(firstUncommitted);
  }

  private String name(int index) {
    StepBody body = bodies.get(index);
    return body.revision() == null ? "the stamp" : body.revision().id().value();
  }
}
