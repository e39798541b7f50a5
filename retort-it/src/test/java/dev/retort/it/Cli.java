package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retort.cli.RetortCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code retort} in process through {@link RetortCli#commandLine} and captures its output. */
final class Cli {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Cli() {}

  /** What one run printed and returned. */
  record Result(int exitCode, String out, String err) {
    Result succeeded() {
      assertThat(exitCode).as("exit code; stderr:\n%s\nstdout:\n%s", err, out).isZero();
      return this;
    }

    /** Exit 1 and {@code error[<code>]} on stderr. */
    Result failedWith(String code) {
      assertThat(exitCode).as("exit code; stderr:\n%s", err).isEqualTo(1);
      assertThat(err).as("stderr").contains("error[" + code + "]");
      return this;
    }

    JsonNode json() {
      try {
        return JSON.readTree(out);
      } catch (IOException e) {
        throw new AssertionError("stdout is not JSON: " + out, e);
      }
    }

    List<String> errLines() {
      return err.lines().toList();
    }

    List<String> outLines() {
      return out.lines().toList();
    }
  }

  static Result run(Path dir, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = RetortCli.commandLine(env, dir);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  /** The ids in a JSON array of revision objects. */
  static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(node -> ids.add(node.get("id").asText()));
    return ids;
  }
}
