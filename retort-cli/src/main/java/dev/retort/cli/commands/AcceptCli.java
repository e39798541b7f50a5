package dev.retort.cli.commands;

import dev.retort.cli.RetortCli;
import dev.retort.cli.output.AcceptedText;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort accept REV...}: records a deliberate edit of applied revisions. */
@Command(name = "accept",
    description = "Record a deliberate edit of applied revisions: their files' current checksums become the"
        + " reference (the history table keeps the old ones).")
public final class AcceptCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "REV", description = "Edited applied revisions (ids or unique prefixes).")
  List<String> revisions;

  @Option(names = "--dry-run", description = "Show what would be recorded; change nothing.")
  boolean dryRun;

  @Override
  public Integer call() {
    AcceptedText.print(spec.commandLine().getOut(), root.retort().accept(revisions, dryRun), dryRun);
    return 0;
  }
}
