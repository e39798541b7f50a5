package dev.retort.cli.commands;

import dev.retort.cli.RetortCli;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code retort fleet}: the group of fleet commands, each the single-target command run on every
 * target of the {@code [fleet]} table (docs/fleet.md).
 */
@Command(name = "fleet",
    description = "Run a command on every database or tenant schema of the [fleet] table (see docs/fleet.md).",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {FleetUpgradeCli.class, FleetDowngradeCli.class, FleetStampCli.class, FleetStatusCli.class,
        FleetCheckCli.class, FleetLintCli.class, FleetReportCli.class})
public final class FleetCli implements Runnable {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandLine.Model.CommandSpec spec;

  /** The {@code retort} command this group belongs to. */
  public RetortCli root() {
    return root;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "a fleet command is required");
  }
}
