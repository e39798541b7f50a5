package dev.retort.cli.commands;

import dev.retort.api.FleetCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort fleet downgrade}. */
@Command(name = "downgrade", description = "Downgrade every target to a revision (base, an id, -1, ...).")
public final class FleetDowngradeCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;
  @Mixin FleetOptions options;

  @ParentCommand FleetCli fleet;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "REVISION", description = "The revision target, as for retort downgrade.")
  String revision;

  @Override
  public Integer call() {
    return new FleetExecution(fleet.root(), spec.commandLine(), options).run(FleetCommand.DOWNGRADE, revision);
  }
}
