package dev.retort.plan;

import dev.retort.graph.RevisionId;
import java.util.List;
import java.util.SortedSet;

/**
 * What a command will do: its steps in order, and the version table rows before and after.
 *
 * @param command upgrade, downgrade or stamp
 * @param target the target text as given
 * @param steps the steps, in execution order
 * @param rowsBefore version table rows before the first step
 * @param rowsAfter version table rows after the last step
 */
public record Plan(
    String command, String target, List<Step> steps, SortedSet<RevisionId> rowsBefore, SortedSet<RevisionId> rowsAfter) {
  public Plan {
    steps = List.copyOf(steps);
    rowsBefore = Rows.freeze(rowsBefore);
    rowsAfter = Rows.freeze(rowsAfter);
  }

  public boolean isEmpty() {
    return steps.isEmpty();
  }

  /** The longest revision id any step writes to the version table (0 when none). */
  public int longestWrittenId() {
    int longest = 0;
    for (Step step : steps) {
      for (RevisionId id : step.insertedRows()) {
        longest = Math.max(longest, id.value().length());
      }
    }
    return longest;
  }

  /** The written id of that length, or null. */
  public RevisionId longestWritten() {
    RevisionId best = null;
    for (Step step : steps) {
      for (RevisionId id : step.insertedRows()) {
        if (best == null || id.value().length() > best.value().length()) {
          best = id;
        }
      }
    }
    return best;
  }
}
