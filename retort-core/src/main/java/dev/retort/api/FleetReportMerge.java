package dev.retort.api;

import dev.retort.report.FleetReportException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines the reports of one fleet run's shards into one report of the whole run.
 *
 * <p>All reports must be of the same command and revision target. The merged report has no shard,
 * starts when the earliest report started and lasts until the last one finished. Targets come in
 * the order of the reports given, each report's in its own order. A target (by name) found in
 * several reports appears once, at its first place, with one result: a result that ran wins over
 * a {@code skipped} one; between two that ran (or two skipped), the one from the report that
 * finished later wins, and at equal finish the one from the report given later.
 */
final class FleetReportMerge {
  private FleetReportMerge() {}

  static FleetReport merge(List<FleetReport> reports) {
    if (reports.isEmpty()) {
      throw FleetReportException.nothingToMerge();
    }
    FleetReport first = reports.get(0);
    for (FleetReport other : reports) {
      if (!other.command().equals(first.command()) || !other.revisionTarget().equals(first.revisionTarget())) {
        throw FleetReportException.differentRuns(describe(first), describe(other));
      }
    }
    Map<String, Candidate> chosen = new LinkedHashMap<>();
    for (FleetReport report : reports) {
      Instant finished = finish(report);
      for (FleetTargetResult target : report.targets()) {
        chosen.merge(target.name(), new Candidate(target, finished), FleetReportMerge::preferred);
      }
    }
    Instant start = reports.stream().map(FleetReport::startedAt).min(Instant::compareTo).orElseThrow();
    Instant end = reports.stream().map(FleetReportMerge::finish).max(Instant::compareTo).orElseThrow();
    List<FleetTargetResult> targets = new ArrayList<>();
    chosen.values().forEach(c -> targets.add(c.result()));
    return new FleetReport(first.command(), first.revisionTarget(), "", start,
        end.toEpochMilli() - start.toEpochMilli(), targets);
  }

  /** One target's result and when its report finished. */
  private record Candidate(FleetTargetResult result, Instant finished) {
    boolean skipped() {
      return result.status() == FleetTargetStatus.SKIPPED;
    }
  }

  /** The result to keep between an earlier-given candidate and a later-given one. */
  private static Candidate preferred(Candidate earlier, Candidate later) {
    if (earlier.skipped() != later.skipped()) {
      return earlier.skipped() ? later : earlier;
    }
    return earlier.finished().isAfter(later.finished()) ? earlier : later;
  }

  private static Instant finish(FleetReport report) {
    return report.startedAt().plusMillis(report.durationMillis());
  }

  private static String describe(FleetReport report) {
    String target = report.revisionTarget().isEmpty() ? "" : " " + report.revisionTarget();
    String shard = report.shard().isEmpty() ? "" : ", shard " + report.shard();
    return "retort fleet " + report.command() + target + shard + ", started " + report.startedAt();
  }
}
