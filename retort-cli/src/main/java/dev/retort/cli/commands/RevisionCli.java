package dev.retort.cli.commands;

import dev.retort.cli.RetortCli;
import dev.retort.command.RevisionRequest;
import dev.retort.error.Paths;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort revision -m MSG}: a new revision file whose parent is the current head. */
@Command(name = "revision",
    description = "Write a new revision file on top of the current head and print its path.")
public final class RevisionCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Option(names = {"-m", "--message"}, required = true, description = "What the revision does; also the file's slug.")
  String message;

  @ArgGroup(exclusive = true)
  Kind kind = new Kind();

  /** SQL or Java. */
  static final class Kind {
    @Option(names = "--sql", description = "A SQL revision (the default).")
    boolean sql;

    @Option(names = "--java", description = "A Java revision (a Migration class using the Operations API).")
    boolean java;
  }

  @Option(names = "--head", paramLabel = "REV", description = "Build on this revision instead of the single head; 'base' starts a new base.")
  String head;

  @Option(names = "--splice", description = "Allow --head to name a revision that is not a head (starts a branch).")
  boolean splice;

  @Option(names = "--branch-label", paramLabel = "LABEL", split = ",", description = "Branch label(s) for the new revision.")
  List<String> branchLabels = List.of();

  @Option(names = "--depends-on", paramLabel = "REV", split = ",", description = "Revisions or labels it depends on.")
  List<String> dependsOn = List.of();

  @Option(names = "--rev-id", paramLabel = "ID", description = "Use this id instead of 12 random hex characters.")
  String revId;

  @Option(names = "--version-path", paramLabel = "DIR", description = "Write into this version folder.")
  Path versionPath;

  @Override
  public Integer call() {
    Path file = root.retort().revision(new RevisionRequest(
        message, kind.java, head, splice, branchLabels, dependsOn, revId, versionPath));
    spec.commandLine().getOut().println(Paths.display(file));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
