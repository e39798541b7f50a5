package dev.retort.api;

import dev.retort.command.Project;
import dev.retort.config.FleetSettings;
import dev.retort.fleet.FleetTarget;
import java.nio.file.Path;
import java.util.List;

/**
 * A fleet: the databases or tenant schemas of a project's {@code [fleet]} table (or of a fleet
 * file), each migrated, checked or linted with the same single-target code as {@code retort
 * upgrade} and friends. Get one with {@link Retort#fleet}; the revision files are read once and
 * shared by every target.
 *
 * <pre>{@code
 * Fleet fleet = retort.fleet(Optional.empty(), System.getenv());
 * FleetReport report = fleet.run(FleetRequest.of(FleetCommand.UPGRADE, "heads"));
 * report.failures().forEach(t -> System.err.println(t.name() + ": " + t.error().orElseThrow().message()));
 * }</pre>
 */
public final class Fleet {
  private final Project project;
  private final FleetSettings settings;
  private final List<FleetTarget> targets;
  private final java.util.Optional<Path> snapshotCache;

  Fleet(Project project, FleetSettings settings, List<FleetTarget> targets, java.util.Optional<Path> snapshotCache) {
    this.snapshotCache = snapshotCache;
    this.project = project;
    this.settings = settings;
    this.targets = List.copyOf(targets);
  }

  /** The file the fleet was read from. */
  public Path file() {
    return settings.file();
  }

  /** The names of every target, in the fleet's order. */
  public List<String> targetNames() {
    return targets.stream().map(FleetTarget::name).toList();
  }

  /**
   * Prepares a run, which a shutdown hook may stop ({@link FleetRun#stopOnShutdown}).
   *
   * @throws dev.retort.error.RetortException RT-F006 when the selection is malformed or selects nothing
   */
  public FleetRun prepare(FleetRequest request, FleetListener listener) {
    return new FleetRun(project, settings, targets, request, listener,
        snapshotCache.map(dev.retort.autogen.source.SnapshotCache::new));
  }

  /** Runs {@code request} and returns its report. */
  public FleetReport run(FleetRequest request) {
    return prepare(request, FleetListener.silent()).execute();
  }
}
