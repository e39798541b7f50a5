package dev.retort.cli.commands;

import dev.retort.cli.RetortCli;
import dev.retort.api.Direction;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort upgrade TARGET}. */
@Command(name = "upgrade",
    description = "Upgrade the database to a target (see docs/targets.md).")
public final class UpgradeCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "TARGET", description = "head, heads, <id>, +N, <label>@head, ... With --sql: FROM:TO.")
  String target;

  @Mixin RunMode mode;

  @Override
  public Integer call() {
    return MigrateOptions.execute(root, spec.commandLine(), Direction.UPGRADE, target, mode.sql, mode.plan, mode.json, false);
  }
}
