package dev.retort.cli.commands;

import dev.retort.cli.RetortCli;
import dev.retort.cli.output.RevisionJson;
import dev.retort.cli.output.RevisionText;
import dev.retort.api.GraphFormat;
import dev.retort.api.RevisionInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

  @Option(names = "--graph", description = "Draw the lanes of the graph beside the revisions (as retort graph).")
  boolean graph;

  @Override
  public Integer call() {
    if (graph) {
      if (json || verbose) {
        throw new ParameterException(spec.commandLine(), "--graph draws text lanes: leave out --json and --verbose");
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(root.retortForShowing(false).graph(GraphFormat.ASCII, Optional.ofNullable(range), indicateCurrent));
      out.flush();
      return 0;
    }
    List<RevisionInfo> revisions = root.retortForShowing(json).history(Optional.ofNullable(range));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      new RevisionJson().writeArray(out, revisions);
    } else {
      RevisionText text = indicateCurrent
          ? new RevisionText(Set.copyOf(root.retortForShowing(json).versionRows()))
          : new RevisionText();
      StringBuilder all = new StringBuilder();
      revisions.forEach(r -> all.append(verbose ? text.block(r) : text.historyLine(r) + "\n"));
      out.print(all);
    }
    out.flush();
    return 0;
  }
}
