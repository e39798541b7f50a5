package dev.retort.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A finished process: what it returned and printed.
 *
 * @param command the program and its arguments
 * @param exitCode its exit status
 * @param out what it printed on stdout
 * @param err what it printed on stderr
 */
record ProcessResult(List<String> command, int exitCode, String out, String err) {
  /** Long enough for a first run that also writes the class-data archive: a hang detector only. */
  private static final long HANG_SECONDS = 180;

  /**
   * Runs {@code command} in {@code dir}, stdin empty, with this JVM's environment less any
   * RETORT_, JAVA_ and DATABASE_URL variable, plus {@code env}, where an empty value unsets.
   */
  static ProcessResult run(Path dir, Map<String, String> env, List<String> command) {
    try {
      Path out = Files.createTempFile("retort-dist-out", ".txt");
      Path err = Files.createTempFile("retort-dist-err", ".txt");
      try {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
            .redirectOutput(out.toFile()).redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("RETORT_") || k.startsWith("JAVA_") || k.equals("DATABASE_URL"));
        env.forEach((key, value) -> {
          if (value.isEmpty()) {
            environment.remove(key);
          } else {
            environment.put(key, value);
          }
        });
        Process process = builder.start();
        if (!process.waitFor(HANG_SECONDS, TimeUnit.SECONDS)) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly();
          throw new AssertionError(command + " did not finish within " + HANG_SECONDS + " s (hang)");
        }
        return new ProcessResult(List.copyOf(command), process.exitValue(), Files.readString(out), Files.readString(err));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** This result, after checking that the process exited 0. */
  ProcessResult succeeded() {
    assertThat(exitCode).as("exit status of %s; stderr:%n%s", command, err).isZero();
    return this;
  }

  /** The lines it printed on stdout. */
  List<String> outLines() {
    return out.lines().toList();
  }
}
