package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs {@code retort} in process through {@link RetortCli#commandLine} and captures stdout,
 * stderr and the exit code. Anything written to {@link System#out} or {@link System#err}
 * instead of the command line's writers is captured too, so tests can check nothing leaks.
 */
final class CliRun {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private CliRun() {}

  /** What one run printed and returned. */
  record Result(int exitCode, String out, String err, String leaked) {
    /** Stdout split into lines (no trailing empty line). */
    List<String> outLines() {
      return lines(out);
    }

    /** Stderr split into lines (no trailing empty line). */
    List<String> errLines() {
      return lines(err);
    }

    /** Stdout parsed as exactly one JSON value. */
    JsonNode json() {
      try {
        return JSON.readTree(out);
      } catch (IOException e) {
        throw new AssertionError("stdout is not one JSON value: " + e.getMessage() + "\n" + out, e);
      }
    }

    /** Exit 0, nothing on stderr, nothing leaked past the command line's writers. */
    Result succeeded() {
      assertThat(exitCode).as("exit code; stderr:\n%s", err).isZero();
      assertThat(err).as("stderr").isEmpty();
      assertThat(leaked).as("output written to System.out/err").isEmpty();
      return this;
    }

    /**
     * Exit 1 with one message on stderr that starts with {@code error[<code>]}, ends in a
     * {@code fix:} line, and shows no stack trace; nothing on stdout.
     */
    Result failedWith(String code) {
      assertThat(exitCode).as("exit code; stderr:\n%s", err).isEqualTo(1);
      assertThat(out).as("stdout").isEmpty();
      assertThat(leaked).as("output written to System.out/err").isEmpty();
      assertThat(err).as("stderr").startsWith("error[" + code + "]: ");
      assertThat(err.split("error\\[", -1)).as("one error message in:\n%s", err).hasSize(2);
      assertThat(err).as("stderr").contains("\nfix: ");
      assertNoStackTrace(err);
      return this;
    }

    /** Exit 2 with a usage message on stderr; nothing on stdout. */
    Result usageError() {
      assertThat(exitCode).as("exit code; stderr:\n%s", err).isEqualTo(2);
      assertThat(out).as("stdout").isEmpty();
      assertThat(leaked).as("output written to System.out/err").isEmpty();
      assertThat(err).as("stderr").contains("error: ");
      assertNoStackTrace(err);
      return this;
    }
  }

  /** Fails when the text holds a Java stack trace or an exception class name. */
  static void assertNoStackTrace(String text) {
    assertThat(text).as("stack trace in:\n%s", text).doesNotContain("\tat ");
    assertThat(text).as("exception class name in:\n%s", text).doesNotContain("Exception");
  }

  static Result run(Path workingDirectory, Map<String, String> env, String... args) {
    // as main() builds it: only the invoked command registered when the arguments name it plainly
    return execute(() -> RetortCli.commandLineFor(args, env, workingDirectory), args);
  }

  /** {@code retort init} of a new project {@code project} under {@code parent}, run from {@code parent}. */
  static Path initProject(Path parent) {
    Path dir = parent.resolve("project");
    run(parent, Map.of(), "init", dir.toString()).succeeded();
    return dir;
  }

  /** As {@link #run}, on a command line with every subcommand registered. */
  static Result runWithEveryCommand(Path workingDirectory, Map<String, String> env, String... args) {
    return execute(() -> RetortCli.commandLine(env, workingDirectory), args);
  }

  private static Result execute(java.util.function.Supplier<CommandLine> commandLine, String[] args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    ByteArrayOutputStream leaked = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(leaked, true, StandardCharsets.UTF_8);
    int code;
    // Swap the streams before the CommandLine exists: picocli's default execution strategy
    // remembers System.out/err when it is created and, if they differ at execute time, replaces
    // the writers set below with writers on the remembered streams.
    System.setOut(capture);
    System.setErr(capture);
    try {
      CommandLine cli = commandLine.get();
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      code = cli.execute(args);
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }
    return new Result(code, out.toString(), err.toString(), leaked.toString(StandardCharsets.UTF_8));
  }

  static List<String> lines(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    if (lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  /** Lines joined with newlines, each line ended by one. */
  static String text(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
