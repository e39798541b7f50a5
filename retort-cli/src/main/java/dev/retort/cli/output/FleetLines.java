package dev.retort.cli.output;

import dev.retort.api.FleetFailure;
import dev.retort.api.FleetTargetResult;
import dev.retort.api.FleetTargetStatus;
import java.util.List;

/** How one fleet target's outcome reads on one line. */
public final class FleetLines {
  private FleetLines() {}

  /** {@code tenant_12 upgraded a1b2c3 -> d4e5f6 (3 revisions) 120 ms}, or the failure with its code. */
  public static String outcome(FleetTargetResult result, int steps) {
    StringBuilder line = new StringBuilder(result.name()).append(' ').append(result.status().label());
    FleetTargetStatus status = result.status();
    if (status == FleetTargetStatus.UPGRADED || status == FleetTargetStatus.DOWNGRADED
        || status == FleetTargetStatus.STAMPED) {
      line.append(' ').append(rows(result.before())).append(" -> ").append(rows(result.after()));
      if (status != FleetTargetStatus.STAMPED) {
        line.append(" (").append(steps).append(steps == 1 ? " revision)" : " revisions)");
      }
    } else if ((status == FleetTargetStatus.UNCHANGED || status == FleetTargetStatus.BEHIND)
        && (!result.after().isEmpty() || result.state().isPresent())) {
      line.append(" at ").append(rows(result.after()));
      result.state().filter(s -> s.pending() > 0).ifPresent(s -> line.append(", ").append(s.pending()).append(" pending"));
      result.state().filter(s -> s.drift().orElse(false)).ifPresent(s -> line.append(", drift (")
          .append(s.driftDifferences().size()).append(s.driftDifferences().size() == 1 ? " difference)" : " differences)"));
    }
    result.error().ifPresent(e -> line.append(": ").append(failure(e)));
    return line.append(' ').append(result.durationMillis()).append(" ms").toString();
  }

  /**
   * {@code drift: schema at f3 replayed on <scratch>} (or {@code read from the snapshot cache}): the
   * expected schema of every target standing at those revisions, built once.
   */
  public static String driftSchema(List<String> rows, String source) {
    return "drift: schema at " + rows(rows) + (source.equals("snapshot cache") ? " read from the snapshot cache"
        : " replayed on " + source);
  }

  /** {@code RT-V004 upgrade of b2 failed: ... (migrations/versions/b2.sql:7)}. */
  public static String failure(FleetFailure error) {
    StringBuilder text = new StringBuilder();
    error.code().ifPresent(c -> text.append(c).append(' '));
    text.append(error.message());
    error.file().ifPresent(f -> {
      text.append(" (").append(f);
      error.line().ifPresent(l -> text.append(':').append(l));
      text.append(')');
    });
    return text.toString();
  }

  /** Version rows as shown: ids joined by {@code ,}, or {@code <base>}. */
  public static String rows(List<String> ids) {
    return ids.isEmpty() ? "<base>" : String.join(",", ids);
  }
}
