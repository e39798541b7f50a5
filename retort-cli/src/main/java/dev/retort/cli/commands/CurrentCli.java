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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort current}: the revisions in the version table. */
@Command(name = "current", description = "Show the database's current revisions.")
public final class CurrentCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Option(names = {"-v", "--verbose"}, description = "Show every field of each revision.")
  boolean verbose;

  @Option(names = "--json", description = "Print a JSON array of revision objects.")
  boolean json;

  @Override
  public Integer call() {
    List<RevisionInfo> current = root.retort().current();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      new RevisionJson().writeArray(out, current);
    } else {
      RevisionText text = new RevisionText();
      current.forEach(r -> out.print(verbose ? text.block(r) : text.headLine(r) + "\n"));
      if (current.isEmpty() && !root.quiet()) {
        // a progress line, not a result: stdout stays empty, as Alembic's is
        spec.commandLine().getErr().println("no revision applied");
        spec.commandLine().getErr().flush();
      }
    }
    out.flush();
    StatusCli.warnUnresolved(spec.commandLine().getErr(), root.retort().unresolvedError());
    return 0;
  }
}
