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
 * heads read as one line: {@code 1000 targets at heads (c5d6e7f8091a)} ({@code , no drift} with
 * {@code --drift}); the group at the heads first, then the others by size, each naming its targets
 * (the first ten). A target whose schema drifted is a group of its own, followed by its first
 * differences.
 */
public final class FleetStatusText {
  private static final int NAMES_SHOWN = 10;
  private static final int DIFFERENCES_SHOWN = 5;

  private FleetStatusText() {}

  /** @param heads the project's heads, sorted */
  public static void print(PrintWriter out, FleetReport report, List<String> heads) {
    Map<String, List<FleetTargetResult>> groups = new LinkedHashMap<>();
    for (FleetTargetResult target : report.targets()) {
      // a drifted target is a group of its own: its differences follow it
      String key = describe(target, heads) + (drifted(target) ? "\u0000" + target.name() : "");
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(target);
    }
    String atHeads = "at heads (" + FleetLines.rows(heads) + ")"; // the usual group: rows are the heads
    List<String> usual = List.of(atHeads, atHeads + ", no drift");
    List<Map.Entry<String, List<FleetTargetResult>>> ordered = new ArrayList<>(groups.entrySet());
    ordered.sort(Comparator.<Map.Entry<String, List<FleetTargetResult>>, Boolean>comparing(e -> !usual.contains(e.getKey()))
        .thenComparing(e -> drifted(e.getValue().get(0)))
        .thenComparing(e -> -e.getValue().size()));
    for (Map.Entry<String, List<FleetTargetResult>> group : ordered) {
      int size = group.getValue().size();
      String key = group.getKey();
      StringBuilder line = new StringBuilder().append(size).append(size == 1 ? " target " : " targets ")
          .append(key.contains("\u0000") ? key.substring(0, key.indexOf('\u0000')) : key);
      if (!usual.contains(key)) {
        line.append(": ").append(names(group.getValue()));
      }
      out.println(line);
      if (drifted(group.getValue().get(0))) {
        differences(out, group.getValue().get(0).state().orElseThrow().driftDifferences());
      }
    }
    out.flush();
  }

  private static boolean drifted(FleetTargetResult target) {
    return target.state().flatMap(FleetTargetState::drift).orElse(false);
  }

  /** The first differences of a drifted target, indented, as {@code retort check --url} prints them. */
  private static void differences(PrintWriter out, List<String> differences) {
    differences.stream().limit(DIFFERENCES_SHOWN).forEach(d -> out.println("    " + d));
    if (differences.size() > DIFFERENCES_SHOWN) {
      out.println("    ... and " + (differences.size() - DIFFERENCES_SHOWN) + " more");
    }
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
    state.drift().ifPresent(drift -> text.append(drift ? ", drifted" : ", no drift"));
    state.driftNotChecked().ifPresent(why -> text.append(", drift not checked: ").append(why));
    return text.toString();
  }

  private static String names(List<FleetTargetResult> targets) {
    List<String> shown = targets.stream().limit(NAMES_SHOWN).map(FleetTargetResult::name).toList();
    String more = targets.size() > NAMES_SHOWN ? " and " + (targets.size() - NAMES_SHOWN) + " more" : "";
    return String.join(", ", shown) + more;
  }
}
