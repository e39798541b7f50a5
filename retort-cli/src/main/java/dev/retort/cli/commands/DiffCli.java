package dev.retort.cli.commands;

import dev.retort.api.Retort;
import dev.retort.cli.RetortCli;
import dev.retort.cli.output.ComparisonJson;
import dev.retort.cli.output.ComparisonText;
import dev.retort.api.SchemaComparison;
import dev.retort.api.SchemaSource;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort diff}: the SQL that turns one schema into another, printed, never written to a file. */
@Command(name = "diff",
    description = "Print the SQL between two schemas (default: --from migrations --to schema); writes no file.")
public final class DiffCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Option(names = "--from", paramLabel = "SOURCE", description = "migrations (default), schema, a .sql file or folder,"
      + " jpa:<package> or a database URL.")
  String from = "migrations";

  @Option(names = "--to", paramLabel = "SOURCE", description = "schema (default), migrations, a .sql file or folder,"
      + " jpa:<package> or a database URL.")
  String to = "schema";

  @Option(names = "--classpath", paramLabel = "PATHS",
      description = "Folders and jars holding JPA entities (separated by ':').")
  String classpath;

  @Option(names = "--json", description = "Print one JSON object instead of SQL (as check --json).")
  boolean json;

  @Option(names = "--exit-code", description = "Exit 1 when the schemas differ (as git diff --exit-code).")
  boolean exitCode;

  @Override
  public Integer call() {
    Retort retort = CompareRun.project(root, classpath);
    SchemaSource current = SchemaSource.parse(from, root.workingDirectory());
    SchemaSource desired = SchemaSource.parse(to, root.workingDirectory());
    PrintWriter out = spec.commandLine().getOut();
    SchemaComparison comparison = retort.compare(current, desired);
    CompareRun.scratchLine(root, spec.commandLine().getErr(), comparison);
    if (json) {
      new ComparisonJson().write(out, comparison, false);
    } else {
      ComparisonText.sql(out, comparison);
    }
    return exitCode && !comparison.isEmpty() ? 1 : 0;
  }
}
