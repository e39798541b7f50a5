package dev.retort.cli;

import dev.retort.error.NearMatches;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The "did you mean" part of a usage error: the commands or options nearest to a word picocli
 * could not match. An unknown word never names a registered command, so {@link RetortCli} has
 * registered every command (see {@link InvokedCommand}) and all of them are candidates.
 */
final class UsageHint {
  private UsageHint() {}

  /** Whether {@code word}, left over at the top level, is meant as a command. */
  static boolean isUnknownCommand(CommandLine cmd, String word) {
    return cmd.getParent() == null && !cmd.getSubcommands().isEmpty() && !word.startsWith("-");
  }

  /** The {@code fix:} text for an unmatched {@code word} in {@code cmd}. */
  static String fix(CommandLine cmd, String word) {
    CommandSpec spec = cmd.getCommandSpec();
    String help = "see '" + spec.qualifiedName() + " --help'";
    List<String> near;
    if (isUnknownCommand(cmd, word)) {
      List<String> commands = new ArrayList<>(cmd.getSubcommands().keySet());
      near = NearMatches.among(word, commands).stream().map(c -> spec.qualifiedName() + " " + c).toList();
    } else if (word.startsWith("-")) {
      String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
      List<String> options = new ArrayList<>();
      for (OptionSpec option : spec.options()) {
        options.addAll(List.of(option.names()));
      }
      near = NearMatches.among(name, options.stream().filter(o -> o.length() > 2)::iterator);
    } else {
      near = List.of();
    }
    if (near.isEmpty()) {
      return help;
    }
    return "did you mean '" + String.join("' or '", near) + "'? (" + help + ")";
  }
}
