package dev.retort.fleet;

import java.util.List;

/**
 * One stage of a fleet run: its targets run {@code parallel} at a time, and the next stage starts
 * when it is done.
 *
 * @param name its name
 * @param parallel how many targets run at once
 * @param stopOnError whether a failure stops the stage (after the running targets) and the later stages
 * @param targets its targets, in fleet order
 */
public record Stage(String name, int parallel, boolean stopOnError, List<FleetTarget> targets) {
  public Stage {
    targets = List.copyOf(targets);
  }
}
