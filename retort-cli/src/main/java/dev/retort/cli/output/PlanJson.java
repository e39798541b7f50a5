package dev.retort.cli.output;

import dev.retort.api.MigrationPlan;
import dev.retort.api.PlannedStep;
import dev.retort.api.RevisionInfo;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code --plan --json} shape: {@code {command, target, rowsBefore, rowsAfter, steps: [{action,
 * revision, message, path, rowsBefore, rowsAfter}]}}.
 */
public final class PlanJson {
  private PlanJson() {}

  public static Map<String, Object> toMap(MigrationPlan plan) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("command", plan.direction().name().toLowerCase(Locale.ROOT));
    map.put("target", plan.target());
    map.put("rowsBefore", plan.rowsBefore());
    map.put("rowsAfter", plan.rowsAfter());
    map.put("steps", plan.steps().stream().map(PlanJson::step).toList());
    return map;
  }

  private static Map<String, Object> step(PlannedStep step) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("action", step.direction().name().toLowerCase(Locale.ROOT));
    map.put("revision", step.revisionId().orElse(null));
    if (step.revision().isPresent()) {
      RevisionInfo revision = step.revision().get();
      map.put("message", revision.message());
      map.put("path", ShownPath.of(revision));
    }
    map.put("rowsBefore", step.rowsBefore());
    map.put("rowsAfter", step.rowsAfter());
    return map;
  }
}
