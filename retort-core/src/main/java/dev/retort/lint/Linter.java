package dev.retort.lint;

import dev.retort.error.Location;
import dev.retort.lint.rules.StandardRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs rules over a {@link LintContext}, then applies the {@code [lint]} levels of the
 * configuration, the files' ignore comments and the {@code --since} file filter. The result is
 * sorted by file, line and code.
 */
public final class Linter {
  /** The finding for an ignore comment without a reason. */
  public static final RuleInfo IGNORE_WITHOUT_REASON = new RuleInfo(
      "RT100", "ignore-without-reason", Severity.ERROR, "a retort:lint-ignore comment gives no reason");

  /** Findings about the project as a whole: reported even when {@code --since} limits the files. */
  private static final Set<String> PROJECT_WIDE = Set.of("RT101", "RT104");

  private final List<Rule> rules;

  public Linter(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Every rule Retort ships: graph and content (RT1xx), SQL (RT2xx) and database (RT3xx). */
  public static Linter standard() {
    return new Linter(StandardRules.all());
  }

  /** What each rule is, RT100 first, then by code. */
  public List<RuleInfo> rules() {
    List<RuleInfo> infos = new ArrayList<>();
    infos.add(IGNORE_WITHOUT_REASON);
    rules.stream().map(Rule::info).sorted(Comparator.comparing(RuleInfo::code)).forEach(infos::add);
    return infos;
  }

  /**
   * The findings of every rule, re-levelled, with ignored ones removed.
   *
   * @param context what the rules read
   * @param ignores the ignore comments of each file
   */
  public List<Finding> run(LintContext context, List<IgnoreComment> ignores) {
    List<Finding> raw = new ArrayList<>();
    for (Rule rule : rules) {
      raw.addAll(rule.check(context));
    }
    Map<Path, Set<String>> suppressed = new HashMap<>();
    for (IgnoreComment ignore : ignores) {
      if (ignore.hasReason()) {
        suppressed.computeIfAbsent(key(ignore.file()), k -> new java.util.HashSet<>()).add(ignore.code());
      } else {
        raw.add(withoutReason(ignore));
      }
    }
    Map<String, String> names = new HashMap<>();
    rules().forEach(info -> names.put(info.code(), info.name()));
    List<Finding> kept = new ArrayList<>();
    for (Finding finding : raw) {
      Finding levelled = relevel(finding, context.config().lintLevels(), names.get(finding.code()));
      if (levelled.severity() != Severity.OFF
          && !isSuppressed(levelled, suppressed, names.get(finding.code()))
          && isSelected(levelled, context.onlyFiles())) {
        kept.add(levelled);
      }
    }
    kept.sort(ORDER);
    return kept;
  }

  private static final Comparator<Finding> ORDER = Comparator
      .comparing((Finding f) -> f.location() == null ? "" : f.location().file().toString())
      .thenComparingInt(f -> f.location() == null ? 0 : f.location().line())
      .thenComparing(Finding::code)
      .thenComparing(Finding::message);

  private static Finding withoutReason(IgnoreComment ignore) {
    String code = ignore.code().isEmpty() ? "RT111" : ignore.code();
    return new Finding(
        IGNORE_WITHOUT_REASON.code(),
        IGNORE_WITHOUT_REASON.severity(),
        new Location(ignore.file(), ignore.line()),
        "'retort:lint-ignore " + ignore.code() + "' gives no reason, so it suppresses nothing",
        "say why the rule does not apply: -- retort:lint-ignore " + code + " <reason>");
  }

  private static Finding relevel(Finding finding, Map<String, String> levels, String name) {
    String level = levels.get(finding.code());
    if (level == null && name != null) {
      level = levels.get(name);
    }
    return level == null ? finding : finding.withSeverity(Severity.valueOf(level.toUpperCase(Locale.ROOT)));
  }

  private static boolean isSuppressed(Finding finding, Map<Path, Set<String>> suppressed, String name) {
    if (finding.location() == null || finding.code().equals(IGNORE_WITHOUT_REASON.code())) {
      return false;
    }
    Set<String> codes = suppressed.getOrDefault(key(finding.location().file()), Set.of());
    return codes.contains(finding.code()) || name != null && codes.contains(name);
  }

  private static boolean isSelected(Finding finding, Set<Path> onlyFiles) {
    if (onlyFiles.isEmpty() || finding.location() == null || PROJECT_WIDE.contains(finding.code())) {
      return true;
    }
    return onlyFiles.stream().map(Linter::key).anyMatch(key(finding.location().file())::equals);
  }

  private static Path key(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      return absolute.toRealPath();
    } catch (java.io.IOException | SecurityException e) {
      return absolute;
    }
  }
}
