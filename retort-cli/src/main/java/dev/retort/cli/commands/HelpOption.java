package dev.retort.cli.commands;

import picocli.CommandLine.Option;

/**
 * The {@code -h, --help} option every subcommand takes. Subcommands do not use picocli's standard
 * help options, which would add {@code -V, --version} to each of them; only {@code retort} itself
 * prints the version.
 */
public final class HelpOption {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;
}
