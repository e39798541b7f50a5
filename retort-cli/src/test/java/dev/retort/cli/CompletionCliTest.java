package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort completion} prints a bash/zsh script covering every command, without a project. */
class CompletionCliTest {
  @TempDir Path dir;

  @Test
  void completion_printsABashScriptWithEveryCommandAndItsOptions() {
    var result = CliRun.run(dir, Map.of(), "completion").succeeded();

    assertThat(result.out()).startsWith("#!/usr/bin/env bash").contains("complete -F");
    for (String command : RetortCli.commandLine(Map.of(), dir).getSubcommands().keySet()) {
      assertThat(result.out()).as(command).containsPattern("\\b" + command + "\\b");
    }
    assertThat(result.out()).contains("--resolve-dependencies").contains("--rev-range").contains("--splice");
  }
}
