package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvokedCommandTest {
  private static final Set<String> COMMANDS = Set.of("heads", "upgrade", "help");

  @TempDir Path dir;

  private static Optional<String> of(String... args) {
    return InvokedCommand.of(args, COMMANDS);
  }

  @Test
  void firstWordAfterGlobalOptions_isTheCommand() {
    assertThat(of("heads")).contains("heads");
    assertThat(of("-c", "x.toml", "upgrade", "head")).contains("upgrade");
    assertThat(of("--config", "heads", "upgrade")).contains("upgrade");
    assertThat(of("--url=sqlite:x.db", "-v", "-q", "heads", "--json")).contains("heads");
    assertThat(of("-cx.toml", "--verbose", "heads")).contains("heads");
    assertThat(of("--url", "upgrade", "heads")).contains("heads");
  }

  @Test
  void anythingUncertain_givesNoAnswer() {
    assertThat(of()).isEmpty();
    assertThat(of("-vq", "heads")).isEmpty();
    assertThat(of("--bogus", "heads")).isEmpty();
    assertThat(of("hedas")).isEmpty();
    assertThat(of("help", "heads")).isEmpty();
    assertThat(of("-c")).isEmpty();
    assertThat(of("--version")).isEmpty();
  }

  @Test
  void commandLineFor_registersOnlyThePlainlyInvokedCommand() {
    assertThat(RetortCli.commandLineFor(new String[] {"-q", "heads"}, Map.of(), dir).getSubcommands())
        .containsOnlyKeys("heads");
    assertThat(RetortCli.commandLineFor(new String[] {"-vq", "heads"}, Map.of(), dir).getSubcommands().keySet())
        .isEqualTo(RetortCli.commandLine(Map.of(), dir).getSubcommands().keySet());
    assertThat(RetortCli.commandLineFor(new String[] {"help", "heads"}, Map.of(), dir).getSubcommands())
        .containsKeys("help", "heads", "upgrade", "lint");
  }

  @Test
  void commandLineFor_version_registersNoCommand() {
    assertThat(RetortCli.commandLineFor(new String[] {"--version"}, Map.of(), dir).getSubcommands()).isEmpty();
    assertThat(RetortCli.commandLineFor(new String[] {"-V"}, Map.of(), dir).getSubcommands()).isEmpty();
    assertThat(RetortCli.commandLineFor(new String[] {"-V", "heads"}, Map.of(), dir).getSubcommands()).isNotEmpty();
  }

  @Test
  void lazyAndFullCommandLines_giveTheSameResult() {
    for (String[] args : new String[][] {{"--version"}, {"-V"}, {"upgrde"}, {"heads", "--help"}, {"heads", "--bogus"}, {"-c", "missing.toml", "heads"}, {"show"}}) {
      var lazy = CliRun.run(dir, Map.of(), args);
      var full = CliRun.runWithEveryCommand(dir, Map.of(), args);
      assertThat(lazy.exitCode()).as(String.join(" ", args)).isEqualTo(full.exitCode());
      assertThat(lazy.out()).as(String.join(" ", args)).isEqualTo(full.out());
      assertThat(lazy.err()).as(String.join(" ", args)).isEqualTo(full.err());
    }
  }
}
