package dev.retort.cli.commands;

import dev.retort.api.Fleet;
import dev.retort.api.FleetCommand;
import dev.retort.api.FleetReport;
import dev.retort.api.FleetReports;
import dev.retort.api.FleetRun;
import dev.retort.api.FleetTargetResult;
import dev.retort.api.FleetTargetStatus;
import dev.retort.api.Retort;
import dev.retort.api.RevisionInfo;
import dev.retort.cli.RetortCli;
import dev.retort.cli.output.FleetLiveView;
import dev.retort.cli.output.FleetProgress;
import dev.retort.cli.output.FleetProgressLines;
import dev.retort.cli.output.FleetStatusText;
import dev.retort.cli.output.FleetSummaryText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/**
 * What every fleet command does: reads the fleet, runs the command on the selected targets with
 * progress on stderr (a live view on a terminal, lines otherwise), writes the reports, prints the
 * summary (or, for {@code status}, the grouped states) and returns 1 when a target failed.
 */
final class FleetExecution {
  private final RetortCli root;
  private final CommandLine cli;
  private final FleetOptions options;

  FleetExecution(RetortCli root, CommandLine cli, FleetOptions options) {
    this.root = root;
    this.cli = cli;
    this.options = options;
  }

  int run(FleetCommand command, String revision) {
    return run(command, revision, false);
  }

  /** As {@link #run(FleetCommand, String)}; with {@code drift} ({@code status}, {@code check}) each target's schema is compared too. */
  int run(FleetCommand command, String revision, boolean drift) {
    List<Path> reports = options.reports().stream().map(f -> root.workingDirectory().resolve(f)).toList();
    reports.forEach(FleetReports::requireKnownFormat);
    Retort retort = root.retort();
    Fleet fleet = retort.fleet(options.fleetFile().map(f -> root.workingDirectory().resolve(f)), root.environment());
    PrintWriter err = cli.getErr();
    FleetProgress progress = live() ? new FleetLiveView(err) : new FleetProgressLines(err, root.quiet());
    dev.retort.api.FleetRequest request = options.request(command, revision);
    FleetRun run = fleet.prepare(drift ? request.withDrift() : request, progress);
    Thread hook = new Thread(() -> {
      try {
        run.stopOnShutdown(retort.settings().lockTimeout().toMillis() + 600_000, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "retort-fleet-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    FleetReport report;
    try {
      report = run.execute();
    } finally {
      progress.close();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running and waits for the targets
      }
    }
    for (Path file : reports) {
      FleetReports.write(report, file);
    }
    PrintWriter out = cli.getOut();
    if (command == FleetCommand.STATUS) {
      List<String> heads = retort.heads(false).stream().map(RevisionInfo::id).sorted().toList();
      FleetStatusText.print(out, report, heads);
    } else {
      FleetSummaryText.print(out, report);
    }
    return exitCode(command, report, err);
  }

  private static int exitCode(FleetCommand command, FleetReport report, PrintWriter err) {
    List<String> failed = report.targets().stream()
        .filter(t -> t.status().isFailure() || command == FleetCommand.CHECK && t.status() == FleetTargetStatus.BEHIND)
        .map(FleetTargetResult::name).toList();
    if (failed.isEmpty()) {
      return 0;
    }
    String word = command == FleetCommand.CHECK ? " failed the check: " : " failed: ";
    err.println("error: " + failed.size() + " of " + report.targets().size() + " targets" + word
        + String.join(", ", failed.stream().limit(20).toList()) + (failed.size() > 20 ? ", ..." : ""));
    err.println(command == FleetCommand.CHECK
        ? "fix: upgrade the targets behind (retort fleet upgrade), and see each failed target's error above"
        : "fix: see each target's error above; a re-run continues where this one stopped (targets done are unchanged)");
    List<FleetTargetResult> drifted = report.targets().stream()
        .filter(t -> t.error().flatMap(e -> e.code()).filter("RT-F008"::equals).isPresent()).toList();
    if (!drifted.isEmpty()) {
      err.println("  drifted: " + String.join(", ", drifted.stream().map(FleetTargetResult::name).limit(20).toList())
          + (drifted.size() > 20 ? ", ..." : "") + " (schema drift, RT-F008): for the first, "
          + drifted.get(0).error().flatMap(e -> e.fix()).orElse(""));
    }
    err.flush();
    return 1;
  }

  /** A terminal to redraw on: a console, and a TERM that is not dumb. */
  private boolean live() {
    String term = root.environment().get("TERM");
    return System.console() != null && term != null && !term.equals("dumb") && !root.quiet();
  }
}
