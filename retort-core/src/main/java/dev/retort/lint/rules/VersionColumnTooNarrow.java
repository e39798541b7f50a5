package dev.retort.lint.rules;

import dev.retort.error.Location;
import dev.retort.lint.Finding;
import dev.retort.lint.LintContext;
import dev.retort.lint.LintDatabase;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import dev.retort.script.ScriptHeader;
import java.util.Comparator;
import java.util.List;

/**
 * RT303: the version column is narrower than the longest revision id, so recording that revision
 * fails (Alembic's {@code VARCHAR(32)} and a long id).
 */
final class VersionColumnTooNarrow extends DatabaseRule {
  private static final RuleInfo INFO = new RuleInfo("RT303", "version-column-too-narrow", Severity.ERROR,
      "the version column is narrower than the longest revision id");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  List<Finding> check(LintContext context, LintDatabase database) {
    if (database.versionColumnWidth().isEmpty()) {
      return List.of();
    }
    int width = database.versionColumnWidth().getAsInt();
    return context.headers().stream()
        .filter(h -> h.id().length() > width)
        .max(Comparator.comparingInt((ScriptHeader h) -> h.id().length()).thenComparing(ScriptHeader::id))
        .map(h -> List.of(finding(new Location(h.path(), h.idLine()), message(context, h, width), fix(context, h))))
        .orElse(List.of());
  }

  private static String message(LintContext context, ScriptHeader longest, int width) {
    return "revision id " + longest.id() + " is " + longest.id().length() + " characters, but "
        + context.config().versionTable() + ".version_num is VARCHAR(" + width + "): recording it fails"
        + (context.config().autoWidenVersionColumn() ? " unless upgrade widens the column first" : "");
  }

  private static String fix(LintContext context, ScriptHeader longest) {
    int wide = Math.max(255, longest.id().length());
    return "ALTER TABLE " + context.config().versionTable() + " ALTER COLUMN version_num TYPE VARCHAR(" + wide
        + ")  (PostgreSQL), or set auto_widen_version_column = true in retort.toml so retort upgrade widens it";
  }
}
