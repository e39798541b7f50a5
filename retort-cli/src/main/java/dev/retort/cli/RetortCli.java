package dev.retort.cli;

import dev.retort.api.Retort;
import dev.retort.api.RetortBuilder;
import dev.retort.cli.commands.AcceptCli;
import dev.retort.cli.commands.BranchesCli;
import dev.retort.cli.commands.RepairCli;
import dev.retort.cli.commands.ResolveCli;
import dev.retort.cli.commands.RenameRevisionCli;
import dev.retort.cli.commands.RewriteIdsCli;
import dev.retort.cli.commands.SquashCli;
import dev.retort.cli.commands.CheckCli;
import dev.retort.cli.commands.DiffCli;
import dev.retort.cli.commands.CompletionCli;
import dev.retort.cli.commands.CurrentCli;
import dev.retort.cli.commands.DowngradeCli;
import dev.retort.cli.commands.EditCli;
import dev.retort.cli.commands.FleetCli;
import dev.retort.cli.commands.ImportAlembicCli;
import dev.retort.cli.commands.InitCli;
import dev.retort.cli.commands.LintCli;
import dev.retort.cli.commands.MergeCli;
import dev.retort.cli.commands.RevisionCli;
import dev.retort.cli.commands.HeadsCli;
import dev.retort.cli.commands.GraphCli;
import dev.retort.cli.commands.HistoryCli;
import dev.retort.cli.commands.ShowCli;
import dev.retort.cli.commands.StampCli;
import dev.retort.cli.commands.StatusCli;
import dev.retort.cli.commands.UpgradeCli;
import dev.retort.cli.commands.VerifyCli;
import dev.retort.cli.output.ErrorPrinter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code retort} command: global options and the subcommands. */
@Command(
    name = "retort",
    mixinStandardHelpOptions = true,
    versionProvider = RetortVersion.class,
    description = "Revision-graph database migrations for the JVM.",
    synopsisSubcommandLabel = "COMMAND")
public final class RetortCli implements Runnable {
  /**
   * Every subcommand by name, in the order {@code retort --help} lists them. The names are written
   * out (a test holds them to each class's {@code @Command} name): reading eighteen classes'
   * annotations to find them was a good part of every command's start-up.
   */
  private static final Map<String, Class<?>> COMMANDS = commands(
      "init", InitCli.class,
      "import-alembic", ImportAlembicCli.class,
      "revision", RevisionCli.class,
      "merge", MergeCli.class,
      "squash", SquashCli.class,
      "edit", EditCli.class,
      "upgrade", UpgradeCli.class,
      "downgrade", DowngradeCli.class,
      "stamp", StampCli.class,
      "current", CurrentCli.class,
      "status", StatusCli.class,
      "accept", AcceptCli.class,
      "repair", RepairCli.class,
      "resolve", ResolveCli.class,
      "rename-revision", RenameRevisionCli.class,
      "rewrite-ids", RewriteIdsCli.class,
      "heads", HeadsCli.class,
      "branches", BranchesCli.class,
      "history", HistoryCli.class,
      "graph", GraphCli.class,
      "show", ShowCli.class,
      "lint", LintCli.class,
      "check", CheckCli.class,
      "diff", DiffCli.class,
      "verify", VerifyCli.class,
      "fleet", FleetCli.class,
      "completion", CompletionCli.class,
      "help", CommandLine.HelpCommand.class);

  @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "Configuration file, also an Alembic project's ini or pyproject file (default: $RETORT_CONFIG, else this folder's retort.toml or alembic.ini, else the nearest retort.toml above).")
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
  private Retort showing;

  public RetortCli(Map<String, String> env, Path workingDirectory) {
    this.env = Map.copyOf(env);
    this.workingDirectory = workingDirectory;
  }

  public static void main(String[] args) {
    if (!InvokedCommand.versionOnly(args)) {
      NativeLibraryDir.useOwnFolder(); // no database driver loads for a plain --version
    }
    System.exit(commandLineFor(args, System.getenv(), Path.of("")).execute(args));
  }

  /** The configured command line with every subcommand registered. */
  public static CommandLine commandLine(Map<String, String> env, Path workingDirectory) {
    return build(env, workingDirectory, COMMANDS.keySet());
  }

  /**
   * The command line for running {@code args}: only the invoked subcommand is registered when the
   * arguments name it plainly (picocli builds each registered command's model by reflection, a
   * good part of a short command's start-up), none for a plain {@code --version}, every
   * subcommand otherwise, so help and usage errors are unchanged.
   */
  public static CommandLine commandLineFor(String[] args, Map<String, String> env, Path workingDirectory) {
    Set<String> names = InvokedCommand.versionOnly(args)
        ? Set.of()
        : InvokedCommand.of(args, COMMANDS.keySet()).map(Set::of).orElse(COMMANDS.keySet());
    return build(env, workingDirectory, names);
  }

  private static CommandLine build(Map<String, String> env, Path workingDirectory, Set<String> names) {
    RetortCli root = new RetortCli(env, workingDirectory);
    CommandLine cli = new CommandLine(root);
    COMMANDS.forEach((name, command) -> {
      if (names.contains(name)) {
        cli.addSubcommand(name, command);
      }
    });
    // Picocli's defaults already take a negative number (show -1, downgrade -1) as a positional
    // target and accept option values that start with '-' (history -r -2:); any other unknown
    // '-' word is a usage error (exit 2), as in Alembic's argparse.
    cli.setExecutionExceptionHandler(new ErrorPrinter(() -> root.verbose));
    // libraries' log records (a JDBC driver's warning, a stack trace it logs) only with -v;
    // --version and --help load no library, so they leave logging as it is (start-up)
    cli.setExecutionStrategy(parsed -> {
      if (!helpOrVersion(parsed)) {
        LibraryLogging.route(root.verbose, cli.getErr());
      }
      return new CommandLine.RunLast().execute(parsed);
    });
    cli.setParameterExceptionHandler(RetortCli::usageError);
    return cli;
  }

  private static boolean helpOrVersion(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.isUsageHelpRequested() || level.isVersionHelpRequested()) {
        return true;
      }
    }
    return false;
  }

  /** Name, class, name, class, ... in order. */
  private static Map<String, Class<?>> commands(Object... namesAndClasses) {
    Map<String, Class<?>> byName = new LinkedHashMap<>();
    for (int i = 0; i < namesAndClasses.length; i += 2) {
      byName.put((String) namesAndClasses[i], (Class<?>) namesAndClasses[i + 1]);
    }
    return Collections.unmodifiableMap(byName);
  }

  /** The subcommands by name, as registered. */
  static Map<String, Class<?>> commands() {
    return COMMANDS;
  }

  /** The environment the command runs with. */
  public Map<String, String> environment() {
    return env;
  }

  /** The folder {@code retort} runs in (output paths are shown relative to it). */
  public Path workingDirectory() {
    return workingDirectory.toAbsolutePath().normalize();
  }

  /** The global {@code --url}, if given (it wins over the environment and the file). */
  public Optional<String> urlOption() {
    return Optional.ofNullable(url);
  }

  /** Whether -v was given. */
  public boolean verbose() {
    return verbose;
  }

  /** Whether -q was given. */
  public boolean quiet() {
    return quiet;
  }

  /** The project, configured from the global options (loaded once). */
  public Retort retort() {
    if (retort == null) {
      RetortBuilder builder = Retort.configure()
          .environment(env)
          .workingDirectory(workingDirectory)
          .findConfigFile()
          .defaultSnapshotCache();
      if (configFile != null) {
        builder.configFile(configFile);
      }
      if (url != null) {
        builder.url(url);
      }
      retort = builder.load();
    }
    return retort;
  }

  /**
   * The project for a command that only shows the graph: scripts are read without checksums
   * unless {@code withChecksums} (JSON output includes them). Saves hashing every file on each
   * {@code heads} or {@code history}.
   */
  public Retort retortForShowing(boolean withChecksums) {
    if (withChecksums) {
      return retort();
    }
    if (showing == null) {
      showing = retort().withoutChecksums();
    }
    return showing;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    // "show --bogus": picocli reports the missing REV first; the unknown option is the real mistake.
    List<String> unmatched = cmd.getUnmatchedArguments();
    boolean unknownOption = e instanceof CommandLine.MissingParameterException && !unmatched.isEmpty();
    String message = unknownOption ? "Unknown option: '" + unmatched.get(0) + "'" : withoutPrefix(e.getMessage());
    String fix = "see '" + cmd.getCommandSpec().qualifiedName() + " --help'";
    List<String> words = e instanceof CommandLine.UnmatchedArgumentException u ? u.getUnmatched()
        : unknownOption ? unmatched : List.of();
    if (!words.isEmpty()) {
      String word = words.get(0);
      if (UsageHint.isUnknownCommand(cmd, word)) {
        message = "unknown command '" + word + "'";
      }
      fix = UsageHint.fix(cmd, word);
    }
    err.println("error: " + message);
    err.println("fix: " + fix);
    err.flush();
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** Some picocli messages start with "Error: " (an exclusive group's); ours adds "error: " already. */
  static String withoutPrefix(String message) {
    String text = message == null ? "" : message.strip();
    while (text.regionMatches(true, 0, "error:", 0, "error:".length())) {
      text = text.substring("error:".length()).strip();
    }
    return text;
  }
}
