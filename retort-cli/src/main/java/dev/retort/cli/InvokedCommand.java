package dev.retort.cli;

import java.util.Optional;
import java.util.Set;

/**
 * Which subcommand a command line invokes, when that is certain before picocli parses it: the
 * first word after the global options, if it names a command. Anything unusual (a clustered
 * {@code -vq}, an unknown option, {@code help}, no command) gives no answer, and the caller
 * registers every command so picocli reports exactly what it always does.
 */
final class InvokedCommand {
  private static final Set<String> FLAGS = Set.of("-v", "--verbose", "-q", "--quiet");
  private static final Set<String> WITH_VALUE = Set.of("-c", "--config", "--url");

  private InvokedCommand() {}

  /** Whether the arguments only ask for the version ({@code retort --version}, {@code retort -V}). */
  static boolean versionOnly(String[] args) {
    return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
  }

  /** The invoked command's name, if certain; never {@code help}. */
  static Optional<String> of(String[] args, Set<String> commands) {
    int i = 0;
    while (i < args.length) {
      String word = args[i];
      if (WITH_VALUE.contains(word)) {
        i += 2;
      } else if (FLAGS.contains(word) || word.startsWith("--config=") || word.startsWith("--url=")
          || word.startsWith("-c") && word.length() > 2) {
        i++;
      } else if (commands.contains(word) && !word.equals("help")) {
        return Optional.of(word);
      } else {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
