package dev.retort.verify;

import dev.retort.error.RetortException;
import java.util.ArrayList;
import java.util.List;

/** The words of stairway failures: what a downgrade left behind or removed, and a run's error in one line. */
final class StairwayText {
  private StairwayText() {}

  /** {@code left behind: column users.email; removed: index ix_a on a}, from the diff's lines. */
  static String summary(List<String> differences) {
    return String.join("; ", details(differences));
  }

  /** Each difference line ({@code + ...}, {@code - ...}, {@code ~ ...}) said as what the downgrade did. */
  static List<String> details(List<String> differences) {
    List<String> lines = new ArrayList<>();
    for (String line : differences) {
      if (line.startsWith("+ ")) {
        lines.add("left behind: " + line.substring(2));
      } else if (line.startsWith("- ")) {
        lines.add("removed, though there before: " + line.substring(2));
      } else if (line.startsWith("~ ")) {
        lines.add("changed: " + line.substring(2));
      } else {
        lines.add(line);
      }
    }
    return lines;
  }

  /** A run's error on one line: where (file and line), then its summary. */
  static String error(RetortException e) {
    return e.location().map(l -> l + ": ").orElse("") + e.summary();
  }
}
