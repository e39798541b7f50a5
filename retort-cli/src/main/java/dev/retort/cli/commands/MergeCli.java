package dev.retort.cli.commands;

import dev.retort.cli.RetortCli;
import dev.retort.error.Paths;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort merge heads -m MSG}: a merge revision revising the given heads. */
@Command(name = "merge",
    description = "Write a merge revision that revises two or more heads, and print its path.")
public final class MergeCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "REV", arity = "1..*", description = "Heads to merge, or 'heads' for all of them.")
  List<String> revisions;

  @Option(names = {"-m", "--message"}, required = true, description = "The merge revision's message.")
  String message;

  @Option(names = "--rev-id", paramLabel = "ID", description = "Use this id instead of 12 random hex characters.")
  String revId;

  @Option(names = "--branch-label", paramLabel = "LABEL", split = ",", description = "Branch label(s) for the merge.")
  List<String> branchLabels = List.of();

  @Override
  public Integer call() {
    Path file = root.retort().merge(revisions, message, Optional.ofNullable(revId), branchLabels);
    spec.commandLine().getOut().println(Paths.display(file));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
