package dev.retort.cli.commands;

import dev.retort.api.FleetCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort fleet stamp}. */
@Command(name = "stamp", description = "Record a revision in every target's version table without running it.")
public final class FleetStampCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;
  @Mixin FleetOptions options;

  @ParentCommand FleetCli fleet;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "REVISION", description = "The revision target, as for retort stamp.")
  String revision;

  @Override
  public Integer call() {
    return new FleetExecution(fleet.root(), spec.commandLine(), options).run(FleetCommand.STAMP, revision);
  }
}
