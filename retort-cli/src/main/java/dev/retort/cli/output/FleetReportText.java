package dev.retort.cli.output;

import dev.retort.api.FleetFailure;
import dev.retort.api.FleetReport;
import dev.retort.api.FleetTargetResult;
import dev.retort.api.FleetTargetStatus;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A fleet report's summary as text: the run, the count of each status, then one line per target
 * that failed or was unreachable, with its error.
 */
public final class FleetReportText {
  private FleetReportText() {}

  /** Prints the summary of {@code report}, made of {@code merged} reports. */
  public static void print(PrintWriter out, FleetReport report, int merged) {
    String target = report.revisionTarget().isEmpty() ? "" : " " + report.revisionTarget();
    out.printf(Locale.ROOT, "%s of retort fleet %s%s: %,d targets, started %s, took %.1f s%n",
        merged == 1 ? "1 report" : merged + " reports merged", report.command(), target, report.targets().size(),
        report.startedAt(), report.durationMillis() / 1000.0);
    out.println("  " + counts(report.targets()));
    for (FleetTargetResult failure : report.failures()) {
      out.println(failure.status().label() + ": " + failure.name() + failure.error().map(e -> ": " + error(e))
          .orElse(""));
    }
    if (!report.failures().isEmpty()) {
      out.printf(Locale.ROOT, "%,d of %,d targets failed or were unreachable%n", report.failures().size(),
          report.targets().size());
    }
  }

  /** "1,000 unchanged, 2 upgraded, 1 failed", statuses in their order, none left out but those at 0. */
  static String counts(List<FleetTargetResult> targets) {
    Map<FleetTargetStatus, Integer> counts = new EnumMap<>(FleetTargetStatus.class);
    targets.forEach(t -> counts.merge(t.status(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach((status, n) -> parts.add(String.format(Locale.ROOT, "%,d %s", n, status.label())));
    return parts.isEmpty() ? "no target" : String.join(", ", parts);
  }

  /** "RT-V004 column "total" contains null values (b2c3d4e5f6a7 at migrations/versions/x.sql:12)". */
  private static String error(FleetFailure failure) {
    StringBuilder text = new StringBuilder();
    failure.code().ifPresent(code -> text.append(code).append(' '));
    text.append(failure.message());
    List<String> where = new ArrayList<>();
    failure.revision().ifPresent(where::add);
    failure.file().ifPresent(file -> where.add("at " + file + (failure.line().isPresent()
        ? ":" + failure.line().getAsInt() : "")));
    if (!where.isEmpty()) {
      text.append(" (").append(String.join(" ", where)).append(')');
    }
    return text.toString();
  }
}
