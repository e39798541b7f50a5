package dev.retort.cli.commands;

import dev.retort.cli.RetortCli;
import dev.retort.cli.output.RevisionJson;
import dev.retort.cli.output.RevisionText;
import dev.retort.api.RevisionInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort show REV}: every field of the revisions a target names. */
@Command(name = "show", description = "Show the revision(s) a target names.")
public final class ShowCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "REV", description = "A target: an id, a prefix, head, heads, <label>@head, head-1, ...")
  String target;

  @Option(names = "--json", description = "Print a JSON object (an array for targets naming several revisions).")
  boolean json;

  @Override
  public Integer call() {
    List<RevisionInfo> revisions = root.retortForShowing(json).show(target);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      RevisionJson writer = new RevisionJson();
      if (revisions.size() == 1) {
        writer.write(out, writer.toMap(revisions.get(0)));
      } else {
        writer.writeArray(out, revisions);
      }
    } else if (revisions.isEmpty()) {
      out.println("<base>: no revision (the state before any revision is applied)");
    } else {
      RevisionText text = new RevisionText();
      revisions.forEach(r -> out.print(text.block(r)));
    }
    out.flush();
    return 0;
  }
}
