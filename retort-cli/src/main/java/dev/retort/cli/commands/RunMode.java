package dev.retort.cli.commands;

import picocli.CommandLine.Option;

/** The options upgrade, downgrade and stamp share: run, print the SQL, or print the plan. */
final class RunMode {
  @Option(names = "--sql", description = "Print the SQL script instead of running it (offline mode).")
  boolean sql;

  @Option(names = "--plan", description = "Print what it would do now, without doing it.")
  boolean plan;

  @Option(names = "--json", description = "With --plan: print the plan as JSON.")
  boolean json;
}
