package dev.retort.fleet;

import dev.retort.config.FleetSettings;
import dev.retort.config.FleetStageSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Puts targets into the configured stages, in order: a stage with tags takes the targets having
 * any of them that no earlier stage took; a stage without tags takes all that are left. Without
 * stages, one stage named {@code all} takes every target. Targets no stage takes do not run.
 */
public final class Stages {
  private Stages() {}

  /**
   * The stages of {@code targets} (already selected); {@code parallel} overrides every stage's
   * own when present (the {@code --parallel} flag). Empty stages are kept (a report shows them).
   */
  public static List<Stage> of(FleetSettings settings, List<FleetTarget> targets, OptionalInt parallel) {
    List<FleetStageSpec> specs = settings.stages().isEmpty()
        ? List.of(new FleetStageSpec("all", List.of(), OptionalInt.empty(), java.util.Optional.empty()))
        : settings.stages();
    Set<FleetTarget> left = new LinkedHashSet<>(targets);
    List<Stage> stages = new ArrayList<>();
    for (FleetStageSpec spec : specs) {
      List<FleetTarget> taken = left.stream()
          .filter(t -> spec.tags().isEmpty() || t.hasAnyTag(spec.tags())).toList();
      taken.forEach(left::remove);
      int width = parallel.orElse(spec.parallel().orElse(settings.parallel()));
      stages.add(new Stage(spec.name(), width, spec.stopOnError().orElse(settings.stopOnError()), taken));
    }
    return stages;
  }

  /** The targets no stage takes (their tags match no stage, and every stage has tags). */
  public static List<FleetTarget> unstaged(List<Stage> stages, List<FleetTarget> targets) {
    Set<FleetTarget> staged = new LinkedHashSet<>();
    stages.forEach(s -> staged.addAll(s.targets()));
    return targets.stream().filter(t -> !staged.contains(t)).toList();
  }
}
