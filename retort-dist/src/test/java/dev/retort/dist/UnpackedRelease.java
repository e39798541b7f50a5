package dev.retort.dist;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An unpacked release folder, run the ways its README says: {@code bin/retort}, or
 * {@code java -jar retort.jar}. The launcher gets this JVM's Java as {@code JAVA_HOME} and
 * {@code cache} as {@code XDG_CACHE_HOME}, so that its class-data archive stays out of the home
 * folder of whoever runs the tests.
 *
 * @param home the {@code retort-VERSION} folder
 * @param cache the cache folder the launcher writes its class-data archive under
 */
record UnpackedRelease(Path home, Path cache) {
  /** The Java running the tests: Java 17 or later, as the build requires. */
  static final Path TEST_JAVA = Path.of(System.getProperty("java.home"));

  /** {@code bin/retort args...} in {@code dir}; {@code env} adds to or (empty value) unsets variables. */
  ProcessResult retort(Path dir, Map<String, String> env, String... args) {
    return run(List.of(home.resolve("bin").resolve("retort").toString()), dir, env, args);
  }

  /**
   * {@code program args...} in {@code dir}, where {@code program} is a way to start the launcher
   * (a symbolic link to it, a shell command), with the same environment as {@link #retort}.
   */
  ProcessResult run(List<String> program, Path dir, Map<String, String> env, String... args) {
    Map<String, String> all = new HashMap<>();
    all.put("JAVA_HOME", TEST_JAVA.toString());
    all.put("XDG_CACHE_HOME", cache.toString());
    all.putAll(env);
    List<String> command = new ArrayList<>(program);
    command.addAll(List.of(args));
    return ProcessResult.run(dir, all, command);
  }

  /** {@code java -jar <home>/retort.jar args...} in {@code dir}, with this JVM's java. */
  ProcessResult javaJar(Path dir, String... args) {
    List<String> java = List.of(TEST_JAVA.resolve("bin").resolve("java").toString(), "-jar",
        home.resolve("retort.jar").toString());
    List<String> command = new ArrayList<>(java);
    command.addAll(List.of(args));
    return ProcessResult.run(dir, Map.of(), command);
  }
}
