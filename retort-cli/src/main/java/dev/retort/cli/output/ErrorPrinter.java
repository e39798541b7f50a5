package dev.retort.cli.output;

import dev.retort.error.RetortException;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * Prints failures: a {@link RetortException} as its rendered text, anything else as an internal
 * error; the stack trace only with {@code -v}. Exit code 1.
 */
public final class ErrorPrinter implements CommandLine.IExecutionExceptionHandler {
  private final java.util.function.BooleanSupplier verbose;

  public ErrorPrinter(java.util.function.BooleanSupplier verbose) {
    this.verbose = verbose;
  }

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    return print(commandLine.getErr(), exception);
  }

  /** Prints {@code exception} to {@code err} (with its stack trace under -v); returns exit code 1. */
  public int print(PrintWriter err, Exception exception) {
    if (exception instanceof RetortException retort) {
      err.println(retort.render());
    } else {
      err.println("error: internal error: " + exception);
      err.println("fix: this is a bug in Retort; run again with -v for the stack trace and report it");
    }
    if (verbose.getAsBoolean()) {
      StringWriter trace = new StringWriter();
      exception.printStackTrace(new PrintWriter(trace));
      err.print(trace);
    }
    err.flush();
    return 1;
  }
}
