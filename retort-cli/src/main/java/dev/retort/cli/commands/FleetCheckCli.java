package dev.retort.cli.commands;

import dev.retort.api.FleetCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort fleet check}. */
@Command(name = "check", description = "Exit 1 when a target has pending, edited, missing or unresolved revisions.")
public final class FleetCheckCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;
  @Mixin FleetOptions options;

  @Option(names = "--drift", description = "Also fail a target whose live schema differs from the one its applied revisions produce (replayed once per set of revisions on a scratch database).")
  boolean drift;

  @ParentCommand FleetCli fleet;
  @Spec CommandSpec spec;


  @Override
  public Integer call() {
    return new FleetExecution(fleet.root(), spec.commandLine(), options).run(FleetCommand.CHECK, "", drift);
  }
}
