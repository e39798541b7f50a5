package dev.retort.cli.commands;

import dev.retort.api.Retort;
import dev.retort.api.RevisionInfo;
import dev.retort.api.SchemaComparison;
import dev.retort.api.SchemaSource;
import dev.retort.cli.RetortCli;
import dev.retort.cli.output.ComparisonJson;
import dev.retort.cli.output.ComparisonText;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code retort check}: exit 1 when the migrations' head differs from the desired schema; with
 * {@code --url}, when the database has drifted from what its revisions produce.
 */
@Command(name = "check",
    description = "Exit 1 when the schema the migrations produce differs from the desired schema (retort.toml"
        + " 'schema'); with --url, when that database has drifted from its revisions.")
public final class CheckCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Option(names = "--url", paramLabel = "URL",
      description = "Check this database for drift: compare it (at head) with what its revisions produce.")
  String url;

  @Option(names = "--to-url", paramLabel = "URL", description = "Compare the migrations with this database instead of"
      + " the configured schema.")
  String toUrl;

  @Option(names = "--classpath", paramLabel = "PATHS",
      description = "Folders and jars holding the JPA entities of schema = \"jpa:...\" (separated by ':').")
  String classpath;

  @Option(names = "--json", description = "Print one JSON object (equal, drift, current, desired, scratch,"
      + " differences, warnings).")
  boolean json;

  @Override
  public Integer call() {
    Retort retort = CompareRun.project(root, classpath);
    // check --url, or the global --url: that database's drift from its revisions
    String driftUrl = url != null ? url : root.urlOption().orElse(null);
    SchemaSource.Database drifting = driftUrl == null ? null
        : new SchemaSource.Database(driftUrl, retort.settings().baseFolder());
    SchemaSource current;
    SchemaSource desired;
    if (drifting != null) {
      current = drifting;
      desired = new SchemaSource.Migrations();
    } else {
      current = new SchemaSource.Migrations();
      desired = toUrl != null ? new SchemaSource.Database(toUrl, root.workingDirectory())
          : new SchemaSource.ConfiguredSchema();
    }
    PrintWriter out = spec.commandLine().getOut();
    SchemaComparison comparison = retort.compare(current, desired);
    CompareRun.scratchLine(root, spec.commandLine().getErr(), comparison);
    if (json) {
      new ComparisonJson().write(out, comparison, drifting != null);
    } else {
      String database = drifting == null ? null : drifting.redactedUrl();
      String heads = String.join(", ", retort.heads(false).stream().map(RevisionInfo::id).toList());
      ComparisonText.summary(out, comparison, database, heads.isEmpty() ? "<base>" : heads);
    }
    return comparison.isEmpty() ? 0 : 1;
  }
}
