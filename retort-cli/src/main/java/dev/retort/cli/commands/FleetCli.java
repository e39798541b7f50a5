package dev.retort.cli.commands;

import dev.retort.cli.RetortCli;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort fleet}: commands over many databases or tenant schemas at once (docs/fleet.md). */
@Command(name = "fleet", synopsisSubcommandLabel = "COMMAND",
    description = "Run over a fleet of databases or tenant schemas; merge fleet reports.",
    subcommands = {FleetReportCli.class})
public final class FleetCli implements Runnable {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  /** The {@code retort} command, for the global options. */
  public RetortCli root() {
    return root;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "a fleet command is required");
  }
}
