package dev.retort.cli.commands;

import dev.retort.api.FleetReport;
import dev.retort.api.FleetReports;
import dev.retort.cli.output.FleetReportText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code retort fleet report --merge A.json B.json ... [--report OUT.json|OUT.html]...}: combines
 * the JSON reports of a run's shards into one, writes it, prints a summary; exit 1 when a target
 * failed or was unreachable (naming them), else 0 (docs/fleet-reports.md).
 */
@Command(name = "report",
    description = "Merge the JSON reports of a fleet run's shards (--shard K/N) into one report of the whole"
        + " run; print its summary. Exit 1 when a target failed or was unreachable.")
public final class FleetReportCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  @ParentCommand FleetCli fleet;
  @Spec CommandSpec spec;

  @Option(names = "--merge", paramLabel = "FILE", arity = "1..*", required = true,
      description = "The JSON reports to merge (one or more; one re-renders it).")
  List<Path> merge = new ArrayList<>();

  @Option(names = "--report", paramLabel = "FILE",
      description = "Write the merged report: JSON for .json, an HTML page for .html (repeatable).")
  List<Path> reports = new ArrayList<>();

  @Override
  public Integer call() {
    Path here = fleet.root().workingDirectory();
    List<Path> outputs = reports.stream().map(file -> here.resolve(file).normalize()).toList();
    outputs.forEach(FleetReports::requireKnownFormat);
    List<FleetReport> read = new ArrayList<>();
    for (Path file : merge) {
      read.add(FleetReports.read(here.resolve(file).normalize()));
    }
    FleetReport merged = FleetReports.merge(read);
    for (Path output : outputs) {
      FleetReports.write(merged, output);
    }
    PrintWriter out = spec.commandLine().getOut();
    FleetReportText.print(out, merged, read.size());
    for (int i = 0; i < outputs.size(); i++) {
      out.println("wrote " + reports.get(i));
    }
    out.flush();
    return merged.failures().isEmpty() ? 0 : 1;
  }
}
