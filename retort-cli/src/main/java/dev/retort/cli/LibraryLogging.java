package dev.retort.cli;

import java.io.PrintWriter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What libraries log (the JDBC drivers log through java.util.logging: pgjdbc always, sqlite-jdbc
 * when no SLF4J is on the class path, as in the CLI) must not reach the user's terminal: Retort
 * reports what went wrong in its own message. With -v it is shown on stderr, one line per record
 * plus any stack trace. This configures the process's logging, so only the command line calls it.
 */
final class LibraryLogging {
  private LibraryLogging() {}

  /** Drops every library log record, or, when {@code verbose}, prints them to {@code err}. */
  static void route(boolean verbose, PrintWriter err) {
    LogManager.getLogManager().reset();
    Logger root = Logger.getLogger("");
    if (!verbose) {
      root.setLevel(Level.OFF);
      return;
    }
    root.setLevel(Level.INFO);
    root.addHandler(new WriterHandler(err));
  }

  /** Writes records to the command line's stderr writer. */
  private static final class WriterHandler extends Handler {
    private final PrintWriter err;

    WriterHandler(PrintWriter err) {
      this.err = err;
      setFormatter(new OneLine());
      setLevel(Level.ALL);
    }

    @Override
    public synchronized void publish(LogRecord record) {
      if (isLoggable(record)) {
        err.print(getFormatter().format(record));
        err.flush();
      }
    }

    @Override
    public void flush() {
      err.flush();
    }

    @Override
    public void close() {
      err.flush();
    }
  }

  /** "log WARNING org.postgresql.util.PGPropertyUtil: message", then the stack trace if any. */
  private static final class OneLine extends Formatter {
    @Override
    public String format(LogRecord record) {
      StringBuilder line = new StringBuilder("log ").append(record.getLevel()).append(' ')
          .append(record.getLoggerName()).append(": ").append(formatMessage(record)).append(System.lineSeparator());
      if (record.getThrown() != null) {
        java.io.StringWriter trace = new java.io.StringWriter();
        record.getThrown().printStackTrace(new PrintWriter(trace));
        line.append(trace);
      }
      return line.toString();
    }
  }
}
