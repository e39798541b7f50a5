package dev.retort.cli.output;

import dev.retort.api.FleetReport;
import dev.retort.api.FleetTargetResult;
import dev.retort.api.FleetTargetState;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code fleet status} as groups of targets in the same state, so that a thousand targets at the
 * heads read as one line: {@code 1000 targets at heads (c5d6e7f8091a)}; the group at the heads
 * first, then the others by size, each naming its targets (the first ten).
 */
public final class FleetStatusText {
  private static final int NAMES_SHOWN = 10;

  private FleetStatusText() {}

  /** @param heads the project's heads, sorted */
  public static void print(PrintWriter out, FleetReport report, List<String> heads) {
    Map<String, List<FleetTargetResult>> groups = new LinkedHashMap<>();
    for (FleetTargetResult target : report.targets()) {
      groups.computeIfAbsent(describe(target, heads), k -> new ArrayList<>()).add(target);
    }
    String atHeads = "at heads (" + FleetLines.rows(heads) + ")"; // the usual group: rows are the heads
    List<Map.Entry<String, List<FleetTargetResult>>> ordered = new ArrayList<>(groups.entrySet());
    ordered.sort(Comparator.<Map.Entry<String, List<FleetTargetResult>>, Boolean>comparing(e -> !e.getKey().equals(atHeads))
        .thenComparing(e -> -e.getValue().size()));
    for (Map.Entry<String, List<FleetTargetResult>> group : ordered) {
      int size = group.getValue().size();
      StringBuilder line = new StringBuilder().append(size).append(size == 1 ? " target " : " targets ")
          .append(group.getKey());
      if (!group.getKey().equals(atHeads)) {
        line.append(": ").append(names(group.getValue()));
      }
      out.println(line);
    }
    out.flush();
  }

  private static String describe(FleetTargetResult target, List<String> heads) {
    if (target.status().isFailure() || target.state().isEmpty()) {
      return target.status().label() + target.error().map(e -> " (" + e.code().orElse("error") + ")").orElse("");
    }
    FleetTargetState state = target.state().get();
    StringBuilder text = new StringBuilder();
    if (state.pending() == 0) {
      text.append("at heads (").append(FleetLines.rows(target.after())).append(')');
    } else {
      text.append("at ").append(FleetLines.rows(target.after())).append(", ").append(state.pending()).append(" pending");
    }
    if (!state.edited().isEmpty()) {
      text.append(", edited ").append(String.join(",", state.edited()));
    }
    if (!state.missing().isEmpty()) {
      text.append(", missing ").append(String.join(",", state.missing()));
    }
    if (!state.unresolved().isEmpty()) {
      text.append(", unresolved ").append(String.join(",", state.unresolved()));
    }
    return text.toString();
  }

  private static String names(List<FleetTargetResult> targets) {
    List<String> shown = targets.stream().limit(NAMES_SHOWN).map(FleetTargetResult::name).toList();
    String more = targets.size() > NAMES_SHOWN ? " and " + (targets.size() - NAMES_SHOWN) + " more" : "";
    return String.join(", ", shown) + more;
  }
}
