package dev.retort.cli.commands;

import dev.retort.cli.RetortCli;
import dev.retort.cli.output.RevisionJson;
import dev.retort.cli.output.RevisionText;
import dev.retort.api.RevisionInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code retort heads}: the revisions nothing revises. */
@Command(name = "heads", description = "Show the current heads of the script directory.")
public final class HeadsCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Option(names = {"-v", "--verbose"}, description = "Show every field of each head.")
  boolean verbose;

  @Option(names = "--resolve-dependencies", description = "Leave out heads that another revision depends on.")
  boolean resolveDependencies;

  @Option(names = "--json", description = "Print a JSON array of revision objects.")
  boolean json;

  @Override
  public Integer call() {
    List<RevisionInfo> heads = root.retortForShowing(json).heads(resolveDependencies);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      new RevisionJson().writeArray(out, heads);
    } else {
      RevisionText text = new RevisionText();
      heads.forEach(h -> out.print(verbose ? text.block(h) : text.headLine(h) + "\n"));
    }
    out.flush();
    return 0;
  }
}
