package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code bin/retort} process (the launcher users run, on the jar retort-cli packaged),
 * with stdout and stderr going to files so that no pipe fills up.
 */
final class RetortProcess {
  /** The repository root: {@code -Dretort.home} from the pom, else the module's parent folder. */
  static final Path HOME = Path.of(System.getProperty("retort.home", Path.of("").toAbsolutePath().resolve("..").toString()))
      .toAbsolutePath().normalize();
  static final Path LAUNCHER = HOME.resolve("bin").resolve("retort");

  private final Process process;
  private final Path out;
  private final Path err;
  private final List<String> args;

  private RetortProcess(Process process, Path out, Path err, List<String> args) {
    this.process = process;
    this.out = out;
    this.err = err;
    this.args = args;
  }

  /** What a finished process printed and returned. */
  record Result(int exitCode, String out, String err) {
    Result succeeded() {
      assertThat(exitCode).as("exit code; stderr:\n%s", err).isZero();
      return this;
    }
  }

  /**
   * Starts {@code bin/retort args...} in {@code dir}; the environment is this JVM's without any
   * Retort or database variable, plus {@code env}.
   */
  static RetortProcess start(Path dir, Map<String, String> env, String... args) {
    Path jar = HOME.resolve("retort-cli/target/retort-cli.jar");
    assertThat(jar).as("the packaged CLI (mvn package builds it before retort-it's tests)").exists();
    List<String> command = new ArrayList<>();
    command.add(LAUNCHER.toString());
    command.addAll(List.of(args));
    try {
      Path logs = Files.createTempDirectory(dir, "proc");
      Path out = logs.resolve("out.txt");
      Path err = logs.resolve("err.txt");
      ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      pb.environment().keySet().removeIf(k -> k.startsWith("RETORT_") || k.equals("DATABASE_URL"));
      pb.environment().putAll(env);
      return new RetortProcess(pb.start(), out, err, command);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Process process() {
    return process;
  }

  long pid() {
    return process.pid();
  }

  /**
   * The pid of the Java process running Retort: the launcher's own when it replaced itself with
   * Java, else its Java child (a run the class-data archive has not learned yet).
   */
  long javaPid() {
    return process.descendants().filter(h -> h.info().command().filter(c -> c.endsWith("/java")).isPresent())
        .findFirst().map(ProcessHandle::pid).orElse(process.pid());
  }

  /** Kills Java and the launcher at once (SIGKILL): a crash, with no shutdown hook. */
  void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Sends SIGTERM (what {@code kill} and service managers send). */
  void terminate() {
    process.destroy();
  }

  /** Waits for the process; a hang detector, not a timing assertion. */
  Result await(long timeoutSeconds) {
    try {
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new AssertionError(args + " did not finish within " + timeoutSeconds + " s (hang); stderr so far:\n" + stderr());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
    return new Result(process.exitValue(), stdout(), stderr());
  }

  String stdout() {
    return readQuietly(out);
  }

  String stderr() {
    return readQuietly(err);
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }

  /**
   * Runs the launcher once so that its class-data archive exists before the tests that send
   * signals or start many processes at once (the first run after a build writes the archive).
   */
  static void warmUp(Path dir) {
    start(dir, Map.of(), "--version").await(120).succeeded();
  }
}
