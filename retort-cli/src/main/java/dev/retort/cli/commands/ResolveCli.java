package dev.retort.cli.commands;

import dev.retort.api.ResolvedRevision;
import dev.retort.api.Resolution;
import dev.retort.cli.RetortCli;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort resolve REV --applied|--rolled-back}: settles a revision that did not complete outside a transaction. */
@Command(name = "resolve",
    description = "Record what a revision that ran outside a transaction and did not complete left behind, once the"
        + " schema is fixed by hand: --applied (finished) or --rolled-back (undone).")
public final class ResolveCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "REV", description = "The unresolved revision (id or unique prefix).")
  String revision;

  @ArgGroup(multiplicity = "1")
  Outcome outcome;

  /** Exactly one of the two options. */
  static final class Outcome {
    @Option(names = "--applied", required = true,
        description = "Its statements all took effect (finished by hand): move the version table as if it completed.")
    boolean applied;

    @Option(names = "--rolled-back", required = true,
        description = "None of its statements is in effect (undone by hand): leave the version table; the next run"
            + " runs it again.")
    boolean rolledBack;
  }

  @Override
  public Integer call() {
    ResolvedRevision done = root.retort().resolve(revision, outcome.applied ? Resolution.APPLIED : Resolution.ROLLED_BACK);
    PrintWriter out = spec.commandLine().getOut();
    String direction = done.direction().name().toLowerCase(java.util.Locale.ROOT);
    if (done.resolution() == Resolution.APPLIED) {
      out.printf("resolved %s: its %s recorded as applied; version table %s -> %s%n", done.id(), direction,
          rows(done.rowsBefore()), rows(done.rowsAfter()));
    } else {
      out.printf("resolved %s: its %s recorded as rolled back; version table stays at %s%n", done.id(), direction,
          rows(done.rowsAfter()));
    }
    out.flush();
    return 0;
  }

  private static String rows(java.util.List<String> rows) {
    return rows.isEmpty() ? "<base>" : String.join(", ", rows);
  }
}
