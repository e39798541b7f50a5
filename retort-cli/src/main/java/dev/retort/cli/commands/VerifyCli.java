package dev.retort.cli.commands;

import dev.retort.api.VerifyJunit;
import dev.retort.api.VerifyRequest;
import dev.retort.api.VerifyResult;
import dev.retort.cli.RetortCli;
import dev.retort.cli.output.VerifyJson;
import dev.retort.cli.output.VerifyText;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code retort verify}: the stairway test of every revision on a scratch database; exit 1 when a
 * check fails.
 */
@Command(name = "verify",
    description = "Test the migrations on a scratch database: upgrade each revision, downgrade it and upgrade it"
        + " again, checking by reflection that its downgrade restores the schema; then downgrade to base, and"
        + " compare head with the desired schema. Exit 1 when a check fails.")
public final class VerifyCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "heads",
      description = "'heads' verifies a history with several heads (as --heads).")
  String scope;

  @Option(names = "--heads", description = "Verify every head; without it, several heads fail the heads check.")
  boolean heads;

  @Option(names = "--url", paramLabel = "URL",
      description = "Run on this throwaway database instead of a scratch database; refused when it holds data.")
  String url;

  @Option(names = "--i-know-this-is-not-production",
      description = "Run on --url even though it holds tables or version rows (verify downgrades everything).")
  boolean allowData;

  @Option(names = "--min-revision", paramLabel = "REV",
      description = "Downgrade nothing below REV: it and its ancestors get no stairway; the final downgrade stops at it.")
  String minRevision;

  @Option(names = "--skip", paramLabel = "REV", description = "No stairway for REV (repeatable).")
  List<String> skip = List.of();

  @Option(names = "--seed", paramLabel = "REV=FILE",
      description = "Run the SQL file just before REV's upgrade, so a data migration runs with rows (repeatable).")
  Map<String, String> seeds = new LinkedHashMap<>();

  @Option(names = "--json", description = "Print one JSON object: passed, database, revisions (each with its checks),"
      + " checks.")
  boolean json;

  @Option(names = "--junit", paramLabel = "FILE", description = "Also write JUnit XML: one test case per revision.")
  Path junit;

  @Override
  public Integer call() {
    if (scope != null && !scope.equals("heads")) {
      throw new ParameterException(spec.commandLine(), "verify takes 'heads' or nothing, not '" + scope + "'");
    }
    Map<String, Path> seedFiles = new LinkedHashMap<>();
    seeds.forEach((rev, file) -> seedFiles.put(rev, root.workingDirectory().resolve(file).normalize()));
    VerifyRequest request = new VerifyRequest(heads || scope != null, Optional.ofNullable(url), allowData,
        Optional.ofNullable(minRevision), skip, seedFiles);
    Path junitFile = junit == null ? null : root.workingDirectory().resolve(junit).normalize();
    if (junitFile != null) {
      VerifyJunit.requireWritable(junitFile);
    }
    VerifyResult result = root.retort().verify(request);
    if (junitFile != null) {
      VerifyJunit.write(result, junitFile);
    }
    if (json) {
      new VerifyJson().write(spec.commandLine().getOut(), result);
    } else {
      new VerifyText(root.quiet()).print(spec.commandLine().getOut(), result);
    }
    return result.passed() ? 0 : 1;
  }
}
