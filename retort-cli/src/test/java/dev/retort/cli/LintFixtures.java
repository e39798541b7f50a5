package dev.retort.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The lint fixtures under {@code src/test/resources/lint/<CODE>/{fail,pass}}: each is a project
 * ({@code retort.toml} plus {@code migrations/versions}) copied into a temporary folder to run in.
 */
final class LintFixtures {
  /** Surefire runs tests in the module folder. */
  private static final Path ROOT = Path.of("src", "test", "resources", "lint");

  private LintFixtures() {}

  /** Copies fixture {@code code/kase} into {@code target} and returns it. */
  static Path copy(String code, String kase, Path target) {
    Path source = ROOT.resolve(code).resolve(kase);
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path from : walk.toList()) {
        Path to = target.resolve(source.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  /** The findings of {@code lint --format json} output with this code. */
  static List<JsonNode> withCode(JsonNode findings, String code) {
    List<JsonNode> matching = new ArrayList<>();
    findings.forEach(f -> {
      if (f.get("code").asText().equals(code)) {
        matching.add(f);
      }
    });
    return matching;
  }

  /** The codes of every finding, in order. */
  static List<String> codes(JsonNode findings) {
    List<String> codes = new ArrayList<>();
    findings.forEach(f -> codes.add(f.get("code").asText()));
    return codes;
  }
}
