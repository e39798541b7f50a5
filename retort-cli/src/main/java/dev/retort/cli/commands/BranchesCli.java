package dev.retort.cli.commands;

import dev.retort.cli.RetortCli;
import dev.retort.cli.output.RevisionJson;
import dev.retort.cli.output.RevisionText;
import dev.retort.api.Retort;
import dev.retort.api.RevisionInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort branches}: every branch point and the revisions it branches into. */
@Command(name = "branches", description = "Show branch points and their children.")
public final class BranchesCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Option(names = {"-v", "--verbose"}, description = "Show every field of each branch point.")
  boolean verbose;

  @Option(names = "--json", description = "Print a JSON array of the branch points (each lists its children).")
  boolean json;

  @Override
  public Integer call() {
    Retort retort = root.retortForShowing(json);
    List<RevisionInfo> points = retort.branchPoints();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      new RevisionJson().writeArray(out, points);
    } else if (!points.isEmpty()) {
      Map<String, RevisionInfo> byId = retort.revisions().stream()
          .collect(Collectors.toMap(RevisionInfo::id, Function.identity()));
      RevisionText text = new RevisionText();
      points.forEach(p -> out.print(
          text.branchBlock(p, p.children().stream().map(byId::get).toList(), verbose) + "\n"));
    }
    out.flush();
    return 0;
  }
}
