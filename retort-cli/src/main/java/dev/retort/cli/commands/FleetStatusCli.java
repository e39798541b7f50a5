package dev.retort.cli.commands;

import dev.retort.api.FleetCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort fleet status}. */
@Command(name = "status", description = "Show every target's revisions, pending, edited and missing ones, grouped.")
public final class FleetStatusCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;
  @Mixin FleetOptions options;

  @Option(names = "--drift", description = "Also compare each target's live schema with the one its applied revisions produce (replayed once per set of revisions on a scratch database).")
  boolean drift;

  @ParentCommand FleetCli fleet;
  @Spec CommandSpec spec;


  @Override
  public Integer call() {
    return new FleetExecution(fleet.root(), spec.commandLine(), options).run(FleetCommand.STATUS, "", drift);
  }
}
