package dev.retort.cli.commands;

import dev.retort.api.AcceptedRevision;
import dev.retort.cli.RetortCli;
import dev.retort.cli.output.AcceptedText;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort repair}: accepts every edited applied revision. */
@Command(name = "repair",
    description = "Accept every edited applied revision (see accept) and list each with its old and new checksum.")
public final class RepairCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Option(names = "--dry-run", description = "Show what would be recorded; change nothing.")
  boolean dryRun;

  @Override
  public Integer call() {
    List<AcceptedRevision> accepted = root.retort().repair(dryRun);
    AcceptedText.print(spec.commandLine().getOut(), accepted, dryRun);
    if (accepted.isEmpty() && !root.quiet()) {
      spec.commandLine().getErr().println("nothing to repair: no applied revision was edited");
      spec.commandLine().getErr().flush();
    }
    return 0;
  }
}
