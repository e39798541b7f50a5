package dev.retort.cli.commands;

import dev.retort.cli.RetortCli;
import dev.retort.api.Direction;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort stamp TARGET}: set the version table without running revisions. */
@Command(name = "stamp",
    description = "Set the version table to a target without running any revision.")
public final class StampCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "TARGET", description = "head, heads, <id>, base, ...")
  String target;

  @Option(names = "--purge", description = "Empty the version table first (also clears rows no script has).")
  boolean purge;

  @Mixin RunMode mode;

  @Override
  public Integer call() {
    return MigrateOptions.execute(root, spec.commandLine(), Direction.STAMP, target, mode.sql, mode.plan, mode.json, purge);
  }
}
