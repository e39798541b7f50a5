package dev.retort.cli.output;

import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.plan.Plan;
import dev.retort.plan.Step;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --plan --json} shape: {@code {command, target, rowsBefore, rowsAfter, steps: [{action,
 * revision, message, path, rowsBefore, rowsAfter}]}}.
 */
public final class PlanJson {
  private final RevisionGraph graph;

  public PlanJson(RevisionGraph graph) {
    this.graph = graph;
  }

  public Map<String, Object> toMap(Plan plan) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("command", plan.command());
    map.put("target", plan.target());
    map.put("rowsBefore", ids(plan.rowsBefore()));
    map.put("rowsAfter", ids(plan.rowsAfter()));
    map.put("steps", plan.steps().stream().map(this::step).toList());
    return map;
  }

  private Map<String, Object> step(Step step) {
    Map<String, Object> map = new LinkedHashMap<>();
    RevisionId id = step instanceof Step.Upgrade u ? u.revision() : step instanceof Step.Downgrade d ? d.revision() : null;
    map.put("action", step instanceof Step.Upgrade ? "upgrade" : step instanceof Step.Downgrade ? "downgrade" : "stamp");
    map.put("revision", id == null ? null : id.value());
    if (id != null) {
      map.put("message", graph.get(id).message());
      map.put("path", dev.retort.error.Paths.display(graph.get(id).origin().path()));
    }
    map.put("rowsBefore", ids(step.rowsBefore()));
    map.put("rowsAfter", ids(step.rowsAfter()));
    return map;
  }

  private static List<String> ids(java.util.Collection<RevisionId> ids) {
    return ids.stream().map(RevisionId::value).toList();
  }
}
