package dev.retort.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.config.RetortConfig;
import dev.retort.error.Location;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Levels, ignore comments, {@code --since} filtering and ordering, with stub rules. */
class LinterTest {
  private static final Path A = Path.of("/p/a.sql");
  private static final Path B = Path.of("/p/b.sql");

  private static Rule rule(String code, String name, Severity severity, Finding... findings) {
    return new Rule() {
      @Override
      public RuleInfo info() {
        return new RuleInfo(code, name, severity, "stub");
      }

      @Override
      public List<Finding> check(LintContext context) {
        return List.of(findings);
      }
    };
  }

  private static Finding at(String code, Path file, int line) {
    return new Finding(code, Severity.WARNING, new Location(file, line), "m", "f");
  }

  private static LintContext context(Map<String, String> levels, Set<Path> onlyFiles) {
    RetortConfig config = new RetortConfig(Optional.empty(), Path.of("/p"), List.of(Path.of("/p/versions")), "sqlite:",
        "retort_version", 255, true, true, Duration.ofSeconds(60), Optional.empty(), "", Map.of(), levels);
    return new LintContext(config, List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), onlyFiles);
  }

  private final Linter linter = new Linter(List.of(
      rule("RT111", "no-downgrade", Severity.WARNING, at("RT111", B, 1), at("RT111", A, 3)),
      rule("RT101", "several-heads", Severity.ERROR, at("RT101", B, 1))));

  @Test
  void run_sortsByFileLineCode() {
    assertThat(linter.run(context(Map.of(), Set.of()), List.of()))
        .extracting(f -> f.location().file().getFileName() + ":" + f.code())
        .containsExactly("a.sql:RT111", "b.sql:RT101", "b.sql:RT111");
  }

  @Test
  void run_levelsByCodeAndByName() {
    List<Finding> off = linter.run(context(Map.of("no-downgrade", "off"), Set.of()), List.of());
    List<Finding> error = linter.run(context(Map.of("RT111", "error"), Set.of()), List.of());

    assertThat(off).extracting(Finding::code).containsExactly("RT101");
    assertThat(error).filteredOn(f -> f.code().equals("RT111")).extracting(Finding::severity)
        .containsOnly(Severity.ERROR);
  }

  @Test
  void run_ignoreWithReason_suppressesOnlyThatFileAndCode() {
    List<Finding> findings = linter.run(context(Map.of(), Set.of()),
        List.of(new IgnoreComment(A, 1, "RT111", "one way")));

    assertThat(findings).extracting(f -> f.location().file().getFileName() + ":" + f.code())
        .containsExactly("b.sql:RT101", "b.sql:RT111");
  }

  @Test
  void run_ignoreWithoutReason_isRT100AndSuppressesNothing() {
    List<Finding> findings = linter.run(context(Map.of(), Set.of()), List.of(new IgnoreComment(A, 1, "RT111", "")));

    assertThat(findings).extracting(Finding::code).containsExactly("RT100", "RT111", "RT101", "RT111");
    assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void run_onlyFiles_keepsThoseFilesAndProjectWideFindings() {
    List<Finding> findings = linter.run(context(Map.of(), Set.of(A)), List.of());

    assertThat(findings).extracting(f -> f.location().file().getFileName() + ":" + f.code())
        .containsExactly("a.sql:RT111", "b.sql:RT101");
  }

  @Test
  void rules_listsRT100First() {
    assertThat(linter.rules()).extracting(RuleInfo::code).containsExactly("RT100", "RT101", "RT111");
  }
}
