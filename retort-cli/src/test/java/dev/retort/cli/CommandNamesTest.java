package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** RetortCli writes its subcommands' names out for start-up speed; they must be the classes' own. */
class CommandNamesTest {
  @Test
  void everyNameIsItsClassesCommandName() {
    RetortCli.commands().forEach((name, command) ->
        assertThat(command.getAnnotation(Command.class).name()).as(command.getName()).isEqualTo(name));
  }

  @Test
  void theFullCommandLineRegistersEveryCommandUnderItsName() {
    CommandLine cli = RetortCli.commandLine(Map.of(), Path.of(""));
    assertThat(cli.getSubcommands().keySet()).containsExactlyElementsOf(RetortCli.commands().keySet());
    RetortCli.commands().forEach((name, command) ->
        assertThat(cli.getSubcommands().get(name).getCommandSpec().userObject()).isInstanceOf(command));
  }
}
