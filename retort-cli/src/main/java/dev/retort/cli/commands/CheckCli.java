package dev.retort.cli.commands;

import dev.retort.api.Retort;
import dev.retort.cli.RetortCli;
import dev.retort.cli.output.ComparisonJson;
import dev.retort.cli.output.ComparisonText;
import dev.retort.command.Comparison;
import dev.retort.command.SourceSpec;
import dev.retort.config.Source;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.graph.RevisionId;
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
    String driftUrl = url != null ? url
        : retort.config().sourceOf("url") == Source.FLAG ? retort.config().url() : null;
    SourceSpec current;
    SourceSpec desired;
    if (driftUrl != null) {
      current = new SourceSpec.Live(driftUrl, CompareRun.projectBase(retort));
      desired = new SourceSpec.Migrations();
    } else {
      current = new SourceSpec.Migrations();
      desired = toUrl != null ? new SourceSpec.Live(toUrl, root.workingDirectory()) : new SourceSpec.ConfiguredSchema();
    }
    PrintWriter out = spec.commandLine().getOut();
    Comparison comparison = CompareRun.compare(root, spec.commandLine().getErr(), retort, current, desired);
    if (json) {
      new ComparisonJson().write(out, comparison, driftUrl != null);
    } else {
      String database = driftUrl == null ? null : DatabaseUrl.redact(driftUrl);
      String heads = String.join(", ", retort.graph().heads().stream().map(RevisionId::value).toList());
      ComparisonText.summary(out, comparison, database, heads.isEmpty() ? "<base>" : heads);
    }
    return comparison.isEmpty() ? 0 : 1;
  }
}
