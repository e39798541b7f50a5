package dev.retort.cli.commands;

import dev.retort.api.FleetCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort fleet lint}. */
@Command(name = "lint", description = "Lint with the database rules on every target; exit 1 on an error finding.")
public final class FleetLintCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;
  @Mixin FleetOptions options;

  @ParentCommand FleetCli fleet;
  @Spec CommandSpec spec;


  @Override
  public Integer call() {
    return new FleetExecution(fleet.root(), spec.commandLine(), options).run(FleetCommand.LINT, "");
  }
}
