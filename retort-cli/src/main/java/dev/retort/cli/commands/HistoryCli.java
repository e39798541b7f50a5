package dev.retort.cli.commands;

import dev.retort.cli.RetortCli;
import dev.retort.cli.output.RevisionJson;
import dev.retort.cli.output.RevisionText;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort history}: revisions, newest first. */
@Command(name = "history", description = "List revisions, newest first.")
public final class HistoryCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Option(names = {"-r", "--rev-range"}, paramLabel = "RANGE",
      description = "Only [start]:[end] (both ends included), e.g. base:head, abc1:, :head-1.")
  String range;

  @Option(names = {"-v", "--verbose"}, description = "Show every field of each revision.")
  boolean verbose;

  @Option(names = "--json", description = "Print a JSON array of revision objects.")
  boolean json;

  @Option(names = {"-i", "--indicate-current"}, description = "Mark the database's current revisions (connects to it).")
  boolean indicateCurrent;

  @Override
  public Integer call() {
    List<Revision> revisions = root.retortForShowing(json).history(range);
    RevisionGraph graph = root.retortForShowing(json).graph();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      new RevisionJson(graph).writeArray(out, revisions);
    } else {
      RevisionText text = indicateCurrent
          ? new RevisionText(graph, root.retortForShowing(json).databaseState().rows())
          : new RevisionText(graph);
      StringBuilder all = new StringBuilder();
      revisions.forEach(r -> all.append(verbose ? text.block(r) : text.historyLine(r) + "\n"));
      out.print(all);
    }
    out.flush();
    return 0;
  }
}
