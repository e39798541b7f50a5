package dev.retort.cli.commands;

import dev.retort.api.Retort;
import dev.retort.cli.RetortCli;
import dev.retort.cli.output.ConsoleListener;
import dev.retort.cli.output.ErrorPrinter;
import dev.retort.cli.output.PlanJson;
import dev.retort.cli.output.RevisionJson;
import dev.retort.command.MigrateCommand;
import dev.retort.plan.Plan;
import dev.retort.run.Runner;
import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/** What upgrade, downgrade and stamp share: live run with signal handling, --plan, --sql. */
final class MigrateOptions {
  private MigrateOptions() {}

  static int execute(
      RetortCli root, CommandLine cli, MigrateCommand.Kind kind, String target, boolean sql, boolean plan, boolean json,
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
      out.print(retort.offlineSql(kind, target, purge));
      out.flush();
      return 0;
    }
    if (plan) {
      Plan planned = retort.plan(kind, target, purge);
      if (json) {
        new RevisionJson(retort.graph()).write(out, new PlanJson(retort.graph()).toMap(planned));
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
    Runner runner = retort.newRunner(console);
    // On SIGTERM/SIGINT the run stops after the step in progress. When a revision itself calls
    // System.exit, the run thread is stuck in that call for good: the hook rolls the step back,
    // reports the revision and ends the process with status 1 instead of waiting for the run.
    Thread hook = new Thread(() -> {
      try {
        runner.stopOnShutdown(retort.config().lockTimeout().toMillis() + 600_000, TimeUnit.MILLISECONDS)
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
      Plan done = retort.migrate(runner, kind, target, purge);
      if (done.isEmpty() && !root.quiet()) {
        cli.getErr().println(nothingToDo(done));
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
  static String nothingToDo(Plan plan) {
    return "nothing to do: already at " + (plan.rowsBefore().isEmpty() ? "<base>" : String.join(", ",
        plan.rowsBefore().stream().map(Object::toString).sorted().toList()));
  }

  private static String describe(dev.retort.plan.Step step) {
    if (step instanceof dev.retort.plan.Step.Upgrade up) {
      return "upgrade " + up.revision() + "   rows " + up.rowsBefore() + " -> " + up.rowsAfter();
    }
    if (step instanceof dev.retort.plan.Step.Downgrade down) {
      return "downgrade " + down.revision() + "   rows " + down.rowsBefore() + " -> " + down.rowsAfter();
    }
    return "stamp   rows " + step.rowsBefore() + " -> " + step.rowsAfter();
  }
}
