package dev.retort.cli.commands;

import dev.retort.api.NewSquash;
import dev.retort.api.SquashPruned;
import dev.retort.cli.RetortCli;
import dev.retort.error.Paths;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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
 * {@code retort squash FROM:TO -m MSG [--concat]}: one revision replacing a linear range; {@code
 * retort squash --prune [SQUASH|FROM:TO]}: delete the replaced revisions once no database needs them.
 */
@Command(name = "squash",
    description = "Write one revision that replaces the linear range FROM:TO (header Replaces:), generated from the"
        + " schema the range produces, or with --concat from its own statements; print its path. With --prune,"
        + " delete the revisions a squash replaces, once the database no longer needs them.")
public final class SquashCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "RANGE",
      description = "FROM:TO, the first and last revision to squash; with --prune, a squash's id or its range"
          + " (default: every squash).")
  String range;

  @Option(names = {"-m", "--message"}, description = "The squash revision's message.")
  String message;

  @Option(names = "--concat", description = "Copy the range's upgrade sections (and its downgrade sections, reversed)"
      + " instead of generating the schema difference; keeps data changes.")
  boolean concat;

  @Option(names = "--rev-id", paramLabel = "ID", description = "Use this id instead of 12 random hex characters.")
  String revId;

  @Option(names = "--prune", description = "Delete the revisions a squash replaces and drop its Replaces: line;"
      + " refused while the database (--url or the configured url) still records one of them.")
  boolean prune;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (prune) {
      if (message != null || concat || revId != null) {
        throw new ParameterException(spec.commandLine(), "--prune takes no -m, --concat or --rev-id");
      }
      for (SquashPruned pruned : root.retort().pruneSquashes(Optional.ofNullable(range))) {
        out.println("pruned " + pruned.squash() + ": deleted " + String.join(", ", pruned.replaced()));
        pruned.deleted().forEach(f -> out.println("  deleted   " + Paths.display(f)));
        pruned.rewritten().forEach(f -> out.println("  rewritten " + Paths.display(f)));
      }
      out.flush();
      return 0;
    }
    if (range == null || message == null) {
      throw new ParameterException(spec.commandLine(),
          "retort squash needs a range and a message: retort squash FROM:TO -m \"squash 2026\"");
    }
    Path file = root.retort().squash(new NewSquash(range, message, concat, Optional.ofNullable(revId)));
    out.println(Paths.display(file));
    out.flush();
    return 0;
  }
}
