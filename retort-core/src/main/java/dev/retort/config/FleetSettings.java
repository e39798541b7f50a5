package dev.retort.config;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * The {@code [fleet]} table as written: values not yet expanded ({@code ${VAR}}, {@code {name}}).
 *
 * @param file the file it was read from
 * @param parallel targets at once per stage (default 4)
 * @param stopOnError {@code on_error = "stop"} (the default) rather than {@code "continue"}
 * @param maxFailures after this many failed targets no new target starts; empty for no limit
 * @param stages the {@code [[fleet.stages]]}, in order; empty for one stage of every target
 * @param targets the {@code [[fleet.targets]]}, in order
 * @param generators the {@code [[fleet.generate]]}, in order
 */
public record FleetSettings(Path file, int parallel, boolean stopOnError, OptionalInt maxFailures,
    List<FleetStageSpec> stages, List<FleetTargetSpec> targets, List<FleetGenerateSpec> generators) {
  public FleetSettings {
    stages = List.copyOf(stages);
    targets = List.copyOf(targets);
    generators = List.copyOf(generators);
  }
}
