package dev.retort.lint.rules;

import dev.retort.config.RetortConfig;
import dev.retort.lint.Finding;
import dev.retort.lint.LintContext;
import dev.retort.lint.LintDatabase;
import dev.retort.lint.Rule;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.ScriptHeader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A throwaway project of SQL revisions for rule tests: write revisions, then run rules on it. */
final class LintFixture {
  /** Retort's URL when a project configures none; passed as the URL, it counts as not configured. */
  static final String BUILT_IN_URL = "sqlite:retort.db";
  private final Path dir;
  private final List<Path> files = new ArrayList<>();
  private String lastId = "";

  LintFixture(Path dir) {
    this.dir = dir;
  }

  /** Adds a revision on top of the previous one; returns its path. */
  Path revision(String id, String upgrade, String downgrade) {
    String text = "-- Revision: " + id + "\n" + "-- Revises: " + lastId + "\n"
        + "-- Message: test\n\n-- +upgrade\n" + upgrade + "\n\n-- +downgrade\n" + downgrade + "\n";
    Path file = dir.resolve(id + "_test.sql");
    try {
      Files.createDirectories(dir);
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    files.add(file);
    lastId = id;
    return file;
  }

  /** Adds a Java revision on top of the previous one, with the given method bodies; returns its path. */
  Path javaRevision(String id, String upgrade, String downgrade) {
    String text = "import dev.retort.migration.Migration;\nimport dev.retort.migration.Operations;\n"
        + "import dev.retort.migration.Revision;\n\n@Revision(id = \"" + id + "\", revises = {"
        + (lastId.isEmpty() ? "" : "\"" + lastId + "\"") + "}, message = \"test\")\n"
        + "final class Test_" + id + " implements Migration {\n  @Override\n  public void upgrade(Operations op) {\n"
        + upgrade + "  }\n\n  @Override\n  public void downgrade(Operations op) {\n" + downgrade + "  }\n}\n";
    Path file = dir.resolve(id + "_test.java");
    try {
      Files.createDirectories(dir);
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    files.add(file);
    lastId = id;
    return file;
  }

  Path revision(String id, String upgrade) {
    return revision(id, upgrade, "SELECT 1;");
  }

  LintContext context(Optional<LintDatabase> database) {
    return context(database, "");
  }

  /** The context with a configured database URL (rules may depend on the database kind). */
  LintContext context(Optional<LintDatabase> database, String url) {
    // sorted by path, as the loader gives them
    List<ScriptHeader> headers = files.stream().sorted().map(ScriptDirectory::read).toList();
    RetortConfig config = new RetortConfig(Optional.empty(), dir, List.of(dir), url, "alembic_version", 32, true,
        true, Duration.ofSeconds(1), Optional.empty(), "", url.isEmpty() ? Map.of()
            : Map.of("url", url.equals(BUILT_IN_URL) ? dev.retort.config.Source.DEFAULT : dev.retort.config.Source.FILE));
    Optional<dev.retort.graph.RevisionGraph> graph;
    try {
      graph = Optional.of(new ScriptDirectory(List.of(dir)).graph());
    } catch (dev.retort.error.RetortException e) {
      graph = Optional.empty();
    }
    return new LintContext(config, headers, List.of(), List.of(), graph, database, Set.of(),
        dev.retort.lint.LintTarget.of(config, dev.retort.dialect.DialectRegistry.loadInstalled()));
  }

  /** The findings of the rule with {@code code}, run through the registries as the linter runs them. */
  List<Finding> findings(String code, Optional<LintDatabase> database) {
    return findings(code, database, "");
  }

  /** The findings of the rule with {@code code} for a project whose database URL is {@code url}. */
  List<Finding> findings(String code, String url) {
    return findings(code, Optional.empty(), url);
  }

  private List<Finding> findings(String code, Optional<LintDatabase> database, String url) {
    List<Rule> rules = new ArrayList<>(StandardRules.all());
    LintContext context = context(database, url);
    return rules.stream().filter(r -> r.info().code().equals(code))
        .flatMap(r -> r.check(context).stream()).toList();
  }

  List<Finding> findings(String code) {
    return findings(code, Optional.empty());
  }
}
