package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Usage errors exit 2; help exits 0; targets that start with '-' are targets, not options. */
class CliUsageTest {
  @TempDir Path dir;

  private static final List<String> COMMANDS = List.of("heads", "branches", "history", "show");

  @ParameterizedTest
  @CsvSource({
      "--bogus, --bogus",
      "heads --bogus, --bogus",
      "branches --bogus, --bogus",
      "history --bogus, --bogus",
      "show head --bogus, --bogus",
      "show --bogus, --bogus",
      "show --bogus head, --bogus",
      "show -x, -x",
      "heads -x, -x",
      "heads -q, -q"})
  void unknownOption_isAUsageErrorNamingIt(String command, String option) {
    TestProject p = Projects.shop(dir);

    var result = p.run(command.split(" ")).usageError();

    assertThat(result.errLines().get(0)).isEqualTo("error: Unknown option: '" + option + "'");
    assertThat(result.err()).contains("--help");
  }

  @Test
  void exclusiveOptions_areAUsageErrorWithOnePrefix() {
    TestProject p = Projects.shop(dir);

    var result = p.run("revision", "-m", "x", "--sql", "--java").usageError();

    assertThat(result.err()).isEqualTo(CliRun.text(
        "error: --sql, --java are mutually exclusive (specify only one)",
        "fix: see 'retort revision --help'"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"revision -m x --sql --java", "revision --java --sql", "revision", "merge heads",
      "show", "history -r", "bogus", "heads --bogus"})
  void usageErrors_neverRepeatTheErrorPrefix(String command) {
    TestProject p = Projects.shop(dir);

    var result = p.run(command.split(" ")).usageError();

    assertThat(result.err()).startsWith("error: ");
    assertThat(result.errLines().get(0).substring("error: ".length())).doesNotStartWithIgnoringCase("error");
  }

  @Test
  void withoutPrefix_dropsPicocliLeadingError() {
    assertThat(RetortCli.withoutPrefix("Error: --sql, --java are mutually exclusive")).isEqualTo(
        "--sql, --java are mutually exclusive");
    assertThat(RetortCli.withoutPrefix("Missing required option: '--message=<message>'")).isEqualTo(
        "Missing required option: '--message=<message>'");
    assertThat(RetortCli.withoutPrefix(null)).isEmpty();
  }

  @Test
  void unknownCommand_isAUsageError() {
    TestProject p = Projects.shop(dir);

    var result = p.run("bogus").usageError();

    assertThat(result.err()).contains("bogus");
  }

  @Test
  void showWithoutTarget_isAUsageErrorNamingTheParameter() {
    TestProject p = Projects.shop(dir);

    var result = p.run("show").usageError();

    assertThat(result.err()).contains("REV").contains("retort show --help");
  }

  @Test
  void showWithTwoTargets_isAUsageError() {
    TestProject p = Projects.shop(dir);

    var result = p.run("show", "head", "base").usageError();

    assertThat(result.err()).contains("base");
  }

  @Test
  void historyRangeOptionWithoutValue_isAUsageError() {
    TestProject p = Projects.shop(dir);

    var result = p.run("history", "-r").usageError();

    assertThat(result.err()).contains("--rev-range");
  }

  @Test
  void rootOptionAfterTheCommand_isAUsageError() {
    TestProject p = Projects.shop(dir);

    p.run("show", "-v", "head").usageError();
  }

  @Test
  void noCommand_printsUsageAndExits2() {
    var result = CliRun.run(dir, Map.of());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("Usage: retort").contains("a command is required");
    CliRun.assertNoStackTrace(result.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h", "help"})
  void rootHelp_exits0AndListsEveryCommand(String flag) {
    var result = CliRun.run(dir, Map.of(), flag).succeeded();

    assertThat(result.out()).startsWith("Usage: retort");
    for (String command : COMMANDS) {
      assertThat(result.out()).containsPattern("(?m)^\\s+" + command + "\\s");
    }
    assertThat(result.out()).contains("--config").contains("--verbose");
  }

  @Test
  void everySubcommandHelp_exits0AndPrintsItsUsage() {
    List<String> registered = new ArrayList<>(RetortCli.commandLine(Map.of(), dir).getSubcommands().keySet());
    registered.remove("help");
    assertThat(registered).containsAll(COMMANDS);
    for (String command : registered) {
      for (List<String> args : List.of(List.of(command, "--help"), List.of(command, "-h"), List.of("help", command))) {
        var result = CliRun.run(dir, Map.of(), args.toArray(String[]::new)).succeeded();
        assertThat(result.out()).as("%s", args).startsWith("Usage: retort " + command);
      }
    }
  }

  @Test
  void subcommandHelp_describesItsOptions() {
    assertThat(CliRun.run(dir, Map.of(), "heads", "--help").succeeded().out())
        .contains("--verbose").contains("--resolve-dependencies").contains("--json");
    assertThat(CliRun.run(dir, Map.of(), "history", "--help").succeeded().out())
        .contains("--rev-range").contains("--verbose").contains("--json");
    assertThat(CliRun.run(dir, Map.of(), "branches", "--help").succeeded().out())
        .contains("--verbose").contains("--json");
    assertThat(CliRun.run(dir, Map.of(), "show", "--help").succeeded().out())
        .contains("REV").contains("--json");
  }

  @Test
  void helpNeedsNoProject() {
    // dir holds no retort.toml and no migrations: help must not load the project
    assertThat(CliRun.run(dir, Map.of(), "show", "--help").succeeded().out()).contains("REV");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V"})
  void version_printsTheProjectVersionAndCommit(String flag) {
    var result = CliRun.run(dir, Map.of(), flag).succeeded();

    // recorded by the build in version.properties (commit "unknown" when built without .git)
    assertThat(result.out()).matches("retort \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit ([0-9a-f]{12}|unknown)\\)\n");
  }

  @Test
  void subcommandHelp_hasNoVersionOption_onlyTheRootHas() {
    assertThat(CliRun.run(dir, Map.of(), "--help").succeeded().out()).contains("-V, --version");
    for (String command : RetortCli.commandLine(Map.of(), dir).getSubcommands().keySet()) {
      String help = CliRun.run(dir, Map.of(), command, "--help").succeeded().out();
      assertThat(help).as(command).doesNotContainPattern("-V\\b|\\[-[a-zA-Z]*V|--version(?![-\\w])");
    }
    CliRun.run(dir, Map.of(), "heads", "--version").usageError();
  }

  @ParameterizedTest
  @CsvSource({
      "upgrde head, unknown command 'upgrde', did you mean 'retort upgrade'? (see 'retort --help')",
      "-q histroy, unknown command 'histroy', did you mean 'retort history'? (see 'retort --help')",
      "hed, unknown command 'hed', did you mean 'retort heads' or 'retort help'? (see 'retort --help')",
      "bogus, unknown command 'bogus', see 'retort --help'",
      "heads --verbos, Unknown option: '--verbos', did you mean '--verbose'? (see 'retort heads --help')",
      "show --jsn head, Unknown option: '--jsn', did you mean '--json'? (see 'retort show --help')"})
  void unknownWord_suggestsTheNearestCommandOrOption(String command, String error, String fix) {
    TestProject p = Projects.shop(dir);

    var result = p.run(command.split(" ")).usageError();

    assertThat(result.errLines()).containsExactly("error: " + error, "fix: " + fix);
  }

  @Test
  void targetWithMinusSuffix_parsesAsATarget() {
    TestProject p = Projects.shop(dir);

    var result = p.run("show", "head-1").succeeded();

    assertThat(result.outLines()).first().isEqualTo("Rev: 7777aaaa0007");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-r -2:", "-r=-2:", "--rev-range -2:", "-r -1:head"})
  void rangeStartingWithMinus_isParsedAsTheRangeNotAsAnOption(String option) {
    TestProject p = Projects.shop(dir);
    List<String> args = new ArrayList<>(List.of("history"));
    args.addAll(List.of(option.split(" ")));

    // a target, resolved against the (empty) version table: a target error, not a usage error
    var result = p.run(args.toArray(String[]::new)).failedWith("RT-G008");

    assertThat(result.errLines().get(0)).contains("'-");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-12"})
  void showNegativeStep_isATargetNotAnOption(String target) {
    TestProject p = Projects.shop(dir);

    var result = p.run("show", target).failedWith("RT-G010");

    assertThat(result.errLines().get(0)).contains("'" + target + "'");
  }

  @Test
  void showNegativeStepWithJson_eitherOrder_isStillTheTarget() {
    TestProject p = Projects.shop(dir);

    p.run("show", "-1", "--json").failedWith("RT-G010");
    p.run("show", "--json", "-1").failedWith("RT-G010");
  }
}
