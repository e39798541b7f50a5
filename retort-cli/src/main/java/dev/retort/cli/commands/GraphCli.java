package dev.retort.cli.commands;

import dev.retort.api.GraphFormat;
import dev.retort.api.Retort;
import dev.retort.cli.RetortCli;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort graph}: a picture of the revision graph, as text lanes, Graphviz, Mermaid or SVG. */
@Command(name = "graph", description = "Draw the revision graph: text lanes, Graphviz (dot), Mermaid or SVG.")
public final class GraphCli implements Callable<Integer> {
  /** The formats, as typed. */
  enum Format { ascii, dot, mermaid, svg }

  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "ascii (default: lanes, newest first), dot, mermaid or svg.")
  Format format = Format.ascii;

  @Option(names = {"-r", "--rev-range"}, paramLabel = "RANGE",
      description = "Only [start]:[end] (both ends included), as for history.")
  String range;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the picture to FILE instead of stdout.")
  Path output;

  @Option(names = "--url", paramLabel = "URL",
      description = "Mark the revisions this database has applied (@ in ascii) and its version rows (current).")
  String url;

  @Option(names = {"-i", "--indicate-current"},
      description = "Mark what the configured database has applied (connects to it).")
  boolean indicateCurrent;

  @Override
  public Integer call() {
    boolean mark = url != null || indicateCurrent || root.urlOption().isPresent();
    Retort retort = url == null ? root.retortForShowing(false) : root.retortForShowing(false).withUrl(url);
    GraphFormat chosen = GraphFormat.valueOf(format.name().toUpperCase(java.util.Locale.ROOT));
    PrintWriter out = spec.commandLine().getOut();
    if (output == null) {
      out.print(retort.graph(chosen, Optional.ofNullable(range), mark));
    } else {
      retort.writeGraph(chosen, Optional.ofNullable(range), mark, root.workingDirectory().resolve(output));
      if (!root.quiet()) {
        out.println("Wrote " + output + " (" + format + ")");
      }
    }
    out.flush();
    return 0;
  }
}
