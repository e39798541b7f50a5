package dev.retort.cli.commands;

import dev.retort.api.FleetCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort fleet upgrade}. */
@Command(name = "upgrade", description = "Upgrade every target to a revision (default: heads).")
public final class FleetUpgradeCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;
  @Mixin FleetOptions options;

  @ParentCommand FleetCli fleet;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "REVISION", arity = "0..1", defaultValue = "heads",
      description = "The revision to upgrade to (default: heads).")
  String revision;

  @Override
  public Integer call() {
    return new FleetExecution(fleet.root(), spec.commandLine(), options).run(FleetCommand.UPGRADE, revision);
  }
}
