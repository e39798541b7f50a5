package dev.retort.fleet;

import dev.retort.error.ErrorCode;
import dev.retort.error.NearMatches;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which targets of a fleet a command runs on: a shard ({@code --shard K/N}), names ({@code
 * --only}, repeatable) and tags ({@code --tag}: targets having any). All given filters apply.
 *
 * @param shard the slice, or empty for the whole fleet
 * @param only the names; empty for every target
 * @param tags the tags; empty for every target
 */
public record FleetSelection(Optional<Shard> shard, List<String> only, List<String> tags) {
  public FleetSelection {
    only = List.copyOf(only);
    tags = List.copyOf(tags);
  }

  /** Every target. */
  public static FleetSelection all() {
    return new FleetSelection(Optional.empty(), List.of(), List.of());
  }

  /**
   * The selected targets, in fleet order.
   *
   * @throws FleetException RT-F006 when {@code --only} names no target or a filter leaves none
   */
  public List<FleetTarget> apply(List<FleetTarget> targets, Path file) {
    List<String> names = targets.stream().map(FleetTarget::name).toList();
    List<String> unknown = new ArrayList<>();
    for (String name : only) {
      if (!names.contains(name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      List<String> near = NearMatches.among(unknown.get(0), names);
      throw new FleetException(ErrorCode.F006, file, "--only names no target of the fleet: " + String.join(", ", unknown),
          List.of(), near.isEmpty() ? "see the targets with: retort fleet status" : "did you mean '" + near.get(0) + "'?");
    }
    Set<String> wanted = Set.copyOf(only);
    List<FleetTarget> selected = targets.stream()
        .filter(t -> wanted.isEmpty() || wanted.contains(t.name()))
        .filter(t -> tags.isEmpty() || t.hasAnyTag(tags))
        .toList();
    if (selected.isEmpty() && !tags.isEmpty()) {
      throw new FleetException(ErrorCode.F006, file, "no target has the tag " + String.join(" or ", tags), List.of(),
          "check the tags of [[fleet.targets]] and [[fleet.generate]], or leave --tag out");
    }
    return shard.map(s -> selected.stream().filter(t -> s.contains(t.name())).toList()).orElse(selected);
  }
}
