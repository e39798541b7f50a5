package dev.retort.cli;

import dev.retort.api.Retort;
import dev.retort.cli.commands.BranchesCli;
import dev.retort.cli.commands.HeadsCli;
import dev.retort.cli.commands.HistoryCli;
import dev.retort.cli.commands.ShowCli;
import dev.retort.cli.output.ErrorPrinter;
import dev.retort.config.ConfigLoader;
import dev.retort.config.RetortConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code retort} command: global options and the subcommands. */
@Command(
    name = "retort",
    mixinStandardHelpOptions = true,
    versionProvider = RetortVersion.class,
    description = "Revision-graph database migrations for the JVM.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      HeadsCli.class,
      BranchesCli.class,
      HistoryCli.class,
      ShowCli.class,
      CommandLine.HelpCommand.class
    })
public final class RetortCli implements Runnable {
  @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "Configuration file (default: ./retort.toml, or $RETORT_CONFIG).")
  Path configFile;

  @Option(names = "--url", paramLabel = "URL", description = "Database URL (overrides $RETORT_URL, $DATABASE_URL and the file).")
  String url;

  @Option(names = {"-v", "--verbose"}, description = "Show stack traces for errors.")
  boolean verbose;

  @Option(names = {"-q", "--quiet"}, description = "Print only results and errors.")
  boolean quiet;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Map<String, String> env;
  private final Path workingDirectory;
  private Retort retort;

  public RetortCli(Map<String, String> env, Path workingDirectory) {
    this.env = Map.copyOf(env);
    this.workingDirectory = workingDirectory;
  }

  public static void main(String[] args) {
    System.exit(commandLine(System.getenv(), Path.of("")).execute(args));
  }

  /** The configured command line; tests call {@code execute} on it. */
  public static CommandLine commandLine(Map<String, String> env, Path workingDirectory) {
    RetortCli root = new RetortCli(env, workingDirectory);
    CommandLine cli = new CommandLine(root);
    cli.setUnmatchedOptionsArePositionalParams(true);
    cli.setExecutionExceptionHandler(new ErrorPrinter(() -> root.verbose));
    cli.setParameterExceptionHandler(RetortCli::usageError);
    return cli;
  }

  /** The project, configured from the global options (loaded once). */
  public Retort retort() {
    if (retort == null) {
      Map<String, String> flags = new HashMap<>();
      if (url != null) {
        flags.put("url", url);
      }
      RetortConfig config = new ConfigLoader(env, workingDirectory).load(Optional.ofNullable(configFile), flags);
      retort = Retort.open(config);
    }
    return retort;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("error: " + e.getMessage());
    err.println("fix: see '" + cmd.getCommandSpec().qualifiedName() + " --help'");
    err.flush();
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }
}
