package dev.retort.cli.output;

import dev.retort.api.LintFinding;
import dev.retort.api.LintSeverity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code retort lint} for people: findings grouped by file (a blank line between files), each as
 * {@code file:line: severity[CODE] message} and a {@code fix:} line, then a count. Severities are
 * coloured only when asked ({@code --color}: always, or auto on a terminal without {@code NO_COLOR}).
 */
public final class LintText {
  private static final String RESET = "\u001b[0m";

  private final LintPaths paths;
  private final boolean colour;

  /**
   * @param base the folder paths are shown relative to
   * @param colour whether to use ANSI colours
   */
  public LintText(Path base, boolean colour) {
    this.paths = new LintPaths(base);
    this.colour = colour;
  }

  public void write(PrintWriter out, List<LintFinding> findings) {
    Path previous = null;
    boolean first = true;
    for (LintFinding finding : findings) {
      Path file = finding.file().orElse(null);
      if (!first && !Objects.equals(file, previous)) {
        out.println();
      }
      first = false;
      previous = file;
      out.println(where(finding) + paint(finding.severity()) + "[" + finding.code() + "] " + finding.message());
      if (!finding.fix().isEmpty()) {
        out.println("  fix: " + finding.fix().replace("\n", "\n       "));
      }
    }
    if (!findings.isEmpty()) {
      out.println();
    }
    out.println(summary(findings));
    out.flush();
  }

  private String where(LintFinding finding) {
    if (finding.file().isEmpty()) {
      return "";
    }
    int line = finding.line();
    return paths.show(finding.file().get()) + (line > 0 ? ":" + line : "") + ": ";
  }

  private String paint(LintSeverity severity) {
    String word = severity.name().toLowerCase(Locale.ROOT);
    if (!colour) {
      return word;
    }
    String code = switch (severity) {
      case ERROR -> "\u001b[1;31m";
      case WARNING -> "\u001b[1;33m";
      default -> "\u001b[36m";
    };
    return code + word + RESET;
  }

  private static String summary(List<LintFinding> findings) {
    if (findings.isEmpty()) {
      return "no problems found";
    }
    long errors = findings.stream().filter(f -> f.severity() == LintSeverity.ERROR).count();
    long warnings = findings.stream().filter(f -> f.severity() == LintSeverity.WARNING).count();
    long infos = findings.size() - errors - warnings;
    long files = findings.stream().map(LintFinding::file).distinct().count();
    return plural(errors, "error") + ", " + plural(warnings, "warning")
        + (infos > 0 ? ", " + plural(infos, "note") : "") + " in " + plural(files, "file");
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
