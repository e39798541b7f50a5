package dev.retort.api;

/**
 * Progress of a fleet run. Target events come from the worker threads, several at once: an
 * implementation must be thread-safe.
 */
public interface FleetListener {
  /** Before anything runs: how many targets the run has (selected ones, in every stage). */
  default void runStarting(int targets) {}

  /** A stage starts; {@code parallel} of its {@code targets} run at once. */
  default void stageStarting(String stage, int targets, int parallel) {}

  /** A target starts. */
  default void targetStarting(String name, String stage) {}

  /**
   * A target is done (its result's status says how); {@code steps} is how many upgrade, downgrade
   * or stamp steps ran on it. Not called for skipped targets.
   */
  default void targetFinished(FleetTargetResult result, int steps) {}

  /**
   * With drift: the schema that the revisions {@code rows} produce was built, once for every target
   * standing there; {@code source} is the scratch database it was replayed on, or {@code snapshot cache}.
   */
  default void driftSchemaBuilt(java.util.List<String> rows, String source) {}

  /** A listener that ignores everything. */
  static FleetListener silent() {
    return new FleetListener() {};
  }
}
