package dev.retort.run;

import dev.retort.store.StartedRevision;
import java.util.ArrayList;
import java.util.List;

/**
 * The words for a step that ran outside one transaction and did not complete: which of its
 * statements ran, which failed or was running when the process stopped, which did not run, and
 * the two {@code retort resolve} commands. Pure: the failure message (RT-V004/V006) and the
 * refusal of the next run (RT-V040) say it the same way, from the same record.
 */
final class PartialRunText {
  private PartialRunText() {}

  /** The detail lines: ran, failed (or running), not run. */
  static List<String> details(StartedRevision record) {
    List<String> lines = new ArrayList<>();
    int done = record.statementsDone();
    int total = record.statementsTotal();
    lines.add("ran:      " + (done == 0 ? "no statement" : range(1, done, total)));
    for (String ran : record.ran()) {
      lines.add("  " + ran);
    }
    if (record.failed()) {
      lines.add("failed:   " + record.failure());
      lines.add("not run:  " + notRun(done + 2, total));
    } else if (total >= 0 && done >= total) {
      lines.add("every statement ran, but the process stopped before the version table was updated");
    } else {
      lines.add("running:  " + range(done + 1, done + 1, total) + " when the process stopped; it may or may not"
          + " have taken effect");
      lines.add("not run:  " + notRun(done + 2, total));
    }
    return lines;
  }

  /** The {@code fix:} text: the two ways out, each a command to copy. */
  static String fix(StartedRevision record) {
    String id = record.revision();
    int done = record.statementsDone();
    int total = record.statementsTotal();
    String undo = done == 0 ? "check that nothing of it took effect" : "undo " + range(1, done, total) + " by hand";
    String rest = total >= 0 && done >= total ? "check that every statement took effect"
        : "finish " + (total >= 0 ? range(done + 1, total, total) : "the rest of its " + record.direction() + "()")
            + " by hand";
    return "make the schema match one of two states and record which: " + undo + ", then run retort resolve " + id
        + " --rolled-back (the next " + record.direction() + " runs " + id + " again); or " + rest
        + ", then run retort resolve " + id + " --applied (the version table moves as if it had completed)";
  }

  /** One statement's line in the list of what ran: its number, line in the file and first line of text. */
  static String statementLine(int number, int line, String sql) {
    String first = sql.strip();
    int newline = first.indexOf('\n');
    if (newline >= 0) {
      first = first.substring(0, newline).strip() + " …";
    }
    if (first.length() > 100) {
      first = first.substring(0, 100) + "…";
    }
    return number + (line > 0 ? "  line " + line : "") + ": " + first;
  }

  private static String notRun(int from, int total) {
    if (total < 0) {
      return "the rest of the revision";
    }
    return from > total ? "none" : range(from, total, total);
  }

  private static String range(int from, int to, int total) {
    String of = total >= 0 ? " of " + total : "";
    return from == to ? "statement " + from + of : "statements " + from + "-" + to + of;
  }
}
