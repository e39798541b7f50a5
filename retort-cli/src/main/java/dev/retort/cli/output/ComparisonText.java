package dev.retort.cli.output;

import dev.retort.api.SchemaComparison;
import dev.retort.api.SchemaDifference;
import java.io.PrintWriter;
import java.util.List;

/** The text of {@code check} (one line per difference) and {@code diff} (the SQL). */
public final class ComparisonText {
  private ComparisonText() {}

  /** {@code check}: the summary lines and the verdict; {@code drift} for {@code check --url}. */
  public static void summary(PrintWriter out, SchemaComparison comparison, String driftDatabase, String heads) {
    boolean drift = driftDatabase != null;
    if (comparison.isEmpty()) {
      out.println(drift
          ? "no differences: database " + driftDatabase + " matches its revisions (at " + heads + ")"
          : "no differences: " + comparison.current() + " matches " + comparison.desired());
      comparison.warnings().forEach(w -> out.println("warning: " + w));
      out.flush();
      return;
    }
    comparison.differences().forEach(d -> out.println(d.line()));
    comparison.warnings().forEach(w -> out.println("warning: " + w));
    int count = comparison.differences().size();
    String counted = count + (count == 1 ? " difference" : " differences");
    if (drift) {
      out.println(counted + ": database " + driftDatabase + " has drifted from its revisions (at " + heads + ")");
      out.println("  (- only in the database, + missing from it, ~ differs; the SQL: retort diff --from "
          + driftDatabase + " --to migrations)");
    } else {
      out.println(counted + " between " + comparison.current() + " and " + comparison.desired()
          + "; run retort revision --autogenerate -m \"...\" to write them");
    }
    out.flush();
  }

  /** {@code diff}: the statements, warnings as {@code -- warning:} comments, {@code -- no changes} when equal. */
  public static void sql(PrintWriter out, SchemaComparison comparison) {
    out.println("-- from: " + comparison.current());
    out.println("-- to: " + comparison.desired());
    comparison.warnings().forEach(w -> out.println("-- warning: " + w.replace("\n", "\n--   ")));
    if (comparison.isEmpty()) {
      out.println("-- no changes");
    }
    for (SchemaDifference d : comparison.differences()) {
      out.println();
      out.println("-- " + d.line());
      out.println(statements(d.sql()));
    }
    out.flush();
  }

  /** Statements one after the other, each ended by {@code ;}. */
  static String statements(List<String> sql) {
    StringBuilder text = new StringBuilder();
    for (String statement : sql) {
      if (text.length() > 0) {
        text.append('\n');
      }
      String s = statement.strip();
      text.append(s).append(s.endsWith(";") ? "" : ";");
    }
    return text.toString();
  }
}
