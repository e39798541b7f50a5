package dev.retort.cli.output;

import dev.retort.api.LintResult;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The lines {@code retort lint} adds about its baseline: how many findings it suppressed, how many
 * of its entries are stale, and what {@code --baseline} recorded.
 */
public final class LintBaselineNote {
  private final LintPaths paths;

  /** @param base the folder paths are shown relative to */
  public LintBaselineNote(Path base) {
    this.paths = new LintPaths(base);
  }

  /** The suppressed count and stale entries of {@code report}; nothing without a baseline file. */
  public void write(PrintWriter to, LintResult report) {
    if (report.baseline().isEmpty()) {
      return;
    }
    String file = paths.show(report.baseline().get());
    if (report.suppressed() > 0) {
      to.println(report.suppressed() + " baselined finding" + (report.suppressed() == 1 ? "" : "s")
          + " suppressed (" + file + "; see them with --no-baseline)");
    }
    if (report.stale() > 0) {
      to.println("note: " + report.stale() + " baseline entr" + (report.stale() == 1 ? "y matches" : "ies match")
          + " no finding any more (fixed or edited); refresh " + file + " with: retort lint --baseline");
    }
    to.flush();
  }

  /** What {@code --baseline} did. */
  public void recorded(PrintWriter to, int count, Path file) {
    to.println("recorded " + count + " finding" + (count == 1 ? "" : "s") + " in " + paths.show(file));
    to.flush();
  }
}
