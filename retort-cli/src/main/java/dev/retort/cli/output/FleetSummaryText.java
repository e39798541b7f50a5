package dev.retort.cli.output;

import dev.retort.api.FleetReport;
import dev.retort.api.FleetTargetResult;
import dev.retort.api.FleetTargetStatus;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The table at the end of a fleet run: counts by status, then each failed or unreachable target with its error. */
public final class FleetSummaryText {
  private FleetSummaryText() {}

  public static void print(PrintWriter out, FleetReport report) {
    out.println(heading(report));
    Map<FleetTargetStatus, Integer> counts = new EnumMap<>(FleetTargetStatus.class);
    report.targets().forEach(t -> counts.merge(t.status(), 1, Integer::sum));
    counts.forEach((status, count) -> out.printf("  %-12s %6d%n", status.label(), count));
    List<FleetTargetResult> failures = report.failures();
    if (!failures.isEmpty()) {
      int width = failures.stream().mapToInt(t -> t.name().length()).max().orElse(0);
      out.println(failures.size() == 1 ? "failed target:" : "failed targets:");
      for (FleetTargetResult target : failures) {
        out.printf("  %-" + width + "s  %-11s  %s%n", target.name(), target.status().label(),
            target.error().map(FleetLines::failure).orElse(""));
        target.error().flatMap(e -> e.statement()).ifPresent(s -> out.println("  " + " ".repeat(width)
            + "  statement: " + firstLine(s)));
      }
    }
    out.flush();
  }

  /** {@code fleet upgrade heads: 200 targets, 12345 ms} (with the shard when there is one). */
  static String heading(FleetReport report) {
    String target = report.revisionTarget().isEmpty() ? "" : " " + report.revisionTarget();
    String shard = report.shard().isEmpty() ? "" : " (shard " + report.shard() + ")";
    int size = report.targets().size();
    return "fleet " + report.command() + target + shard + ": " + size + (size == 1 ? " target, " : " targets, ")
        + report.durationMillis() + " ms";
  }

  private static String firstLine(String statement) {
    String line = statement.strip().lines().findFirst().orElse("");
    return line.length() > 120 ? line.substring(0, 120) + "…" : line;
  }
}
