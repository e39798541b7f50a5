package dev.retort.lint.rules;

import dev.retort.error.Location;
import dev.retort.error.Paths;
import dev.retort.graph.RevisionId;
import dev.retort.graph.RevisionKind;
import dev.retort.lint.Finding;
import dev.retort.lint.LintContext;
import dev.retort.lint.Rule;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import dev.retort.script.ScriptHeader;
import dev.retort.script.Slug;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code RT107}: a SQL revision whose file name does not start with its revision id, so people
 * (and {@code Revises:} lines written from file names) look for the wrong id.
 */
public final class FileNameMismatch implements Rule {
  public static final RuleInfo INFO = new RuleInfo(
      "RT107", "file-name-mismatch", Severity.WARNING, "a SQL revision's file name does not start with its revision id");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (ScriptHeader header : context.headers()) {
      String name = header.path().getFileName().toString();
      if (header.kind() != RevisionKind.SQL || !RevisionId.isValid(header.id()) || name.startsWith(header.id())) {
        continue;
      }
      String stem = name.substring(0, name.length() - ".sql".length());
      String slug = header.message().isBlank() ? Slug.of(stem) : Slug.of(header.message());
      Path renamed = header.path().resolveSibling(header.id() + (slug.isEmpty() ? "" : "_" + slug) + ".sql");
      findings.add(new Finding(
          INFO.code(),
          INFO.severity(),
          new Location(header.path(), header.idLine()),
          "file name '" + name + "' does not start with its revision id " + header.id(),
          "git mv " + Paths.display(header.path()) + " " + Paths.display(renamed)));
    }
    return findings;
  }
}
