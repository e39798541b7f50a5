package dev.retort.cli.commands;

import dev.retort.cli.RetortCli;
import dev.retort.command.MigrateCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort downgrade TARGET}. */
@Command(name = "downgrade", mixinStandardHelpOptions = true,
    description = "Downgrade the database to a target (see docs/targets.md).")
public final class DowngradeCli implements Callable<Integer> {
  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "TARGET", description = "base, <id>, -N, <label>@base, ... With --sql: FROM:TO.")
  String target;

  @Option(names = "--sql", description = "Print the SQL script instead of running it (offline mode).")
  boolean sql;

  @Option(names = "--plan", description = "Print the steps it would run now, without running them.")
  boolean plan;

  @Option(names = "--json", description = "With --plan: print the plan as JSON.")
  boolean json;

  @Override
  public Integer call() {
    return MigrateOptions.execute(root, spec.commandLine(), MigrateCommand.Kind.DOWNGRADE, target, sql, plan, json, false);
  }
}
