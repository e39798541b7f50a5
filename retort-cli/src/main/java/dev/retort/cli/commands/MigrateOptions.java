package dev.retort.cli.commands;

import dev.retort.api.Direction;
import dev.retort.api.MigrationPlan;
import dev.retort.api.MigrationResult;
import dev.retort.api.MigrationRun;
import dev.retort.api.PlannedStep;
import dev.retort.api.Retort;
import dev.retort.cli.RetortCli;
import dev.retort.cli.output.ConsoleListener;
import dev.retort.cli.output.ErrorPrinter;
import dev.retort.cli.output.PlanJson;
import dev.retort.cli.output.RevisionJson;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/** What upgrade, downgrade and stamp share: live run with signal handling, --plan, --sql. */
final class MigrateOptions {
  private MigrateOptions() {}

  static int execute(
      RetortCli root, CommandLine cli, Direction direction, String target, boolean sql, boolean plan, boolean json,
      boolean purge) {
    if (json && !plan) {
      throw new CommandLine.ParameterException(cli, "--json needs --plan (a live run prints its steps as text)");
    }
    if (sql && plan) {
      throw new CommandLine.ParameterException(cli, "--sql and --plan cannot be combined");
    }
    Retort retort = root.retort();
    PrintWriter out = cli.getOut();
    if (sql) {
      out.print(retort.offlineSql(direction, target, purge));
      out.flush();
      return 0;
    }
    if (plan) {
      MigrationPlan planned = retort.plan(direction, target, purge);
      if (json) {
        new RevisionJson().write(out, PlanJson.toMap(planned));
      } else {
        planned.steps().forEach(s -> out.println(describe(s)));
        if (planned.isEmpty()) {
          out.println("nothing to do: the database is at " + planned.rowsBefore());
        }
      }
      out.flush();
      return 0;
    }
    ConsoleListener console = new ConsoleListener(cli.getErr(), root.quiet());
    MigrationRun run = retort.prepare(direction, target, purge, console);
    // On SIGTERM/SIGINT the run stops after the step in progress. When a revision itself calls
    // System.exit, the run thread is stuck in that call for good: the hook rolls the step back,
    // reports the revision and ends the process with status 1 instead of waiting for the run.
    long waitMillis = retort.settings().lockTimeout().toMillis() + 600_000;
    Thread hook = new Thread(() -> {
      try {
        run.stopOnShutdown(waitMillis, TimeUnit.MILLISECONDS)
            .ifPresent(exited -> {
              console.endLine();
              new ErrorPrinter(root::verbose).print(cli.getErr(), exited);
              Runtime.getRuntime().halt(1);
            });
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "retort-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      MigrationResult done = run.execute();
      if (done.nothingToDo() && !root.quiet()) {
        cli.getErr().println(nothingToDo(done.plan()));
      }
    } finally {
      console.endLine();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running and waits for us
      }
    }
    return 0;
  }

  /** "nothing to do: already at <ids>" for a run whose plan had no step. */
  static String nothingToDo(MigrationPlan plan) {
    return "nothing to do: already at " + (plan.rowsBefore().isEmpty() ? "<base>" : String.join(", ",
        plan.rowsBefore().stream().sorted().toList()));
  }

  private static String describe(PlannedStep step) {
    String rows = "   rows " + step.rowsBefore() + " -> " + step.rowsAfter();
    return step.revisionId()
        .map(id -> step.direction().name().toLowerCase(Locale.ROOT) + " " + id + rows)
        .orElse("stamp" + rows);
  }
}
