package dev.retort.plan;

import dev.retort.graph.RevisionId;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One step of a plan and the version table rows before and after it. The rows after every step
 * are exactly the applied revisions that no applied revision names as a parent or dependency
 * (stamps excepted: they set rows as Alembic's {@code stamp} does).
 */
public sealed interface Step {
  /** Version table rows before the step. */
  SortedSet<RevisionId> rowsBefore();

  /** Version table rows after the step. */
  SortedSet<RevisionId> rowsAfter();

  /** Rows the step deletes. */
  default Set<RevisionId> deletedRows() {
    SortedSet<RevisionId> gone = new TreeSet<>(rowsBefore());
    gone.removeAll(rowsAfter());
    return gone;
  }

  /** Rows the step inserts. */
  default Set<RevisionId> insertedRows() {
    SortedSet<RevisionId> added = new TreeSet<>(rowsAfter());
    added.removeAll(rowsBefore());
    return added;
  }

  /** Runs a revision's upgrade. */
  record Upgrade(RevisionId revision, SortedSet<RevisionId> rowsBefore, SortedSet<RevisionId> rowsAfter)
      implements Step {
    public Upgrade {
      rowsBefore = Rows.freeze(rowsBefore);
      rowsAfter = Rows.freeze(rowsAfter);
    }
  }

  /** Runs a revision's downgrade. */
  record Downgrade(RevisionId revision, SortedSet<RevisionId> rowsBefore, SortedSet<RevisionId> rowsAfter)
      implements Step {
    public Downgrade {
      rowsBefore = Rows.freeze(rowsBefore);
      rowsAfter = Rows.freeze(rowsAfter);
    }
  }

  /** Rewrites version rows without running anything. */
  record Stamp(SortedSet<RevisionId> rowsBefore, SortedSet<RevisionId> rowsAfter) implements Step {
    public Stamp {
      rowsBefore = Rows.freeze(rowsBefore);
      rowsAfter = Rows.freeze(rowsAfter);
    }
  }
}
