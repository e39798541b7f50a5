package dev.retort.cli.output;

import dev.retort.api.FleetListener;

/** A fleet run's progress on stderr; closed once the run is over. */
public interface FleetProgress extends FleetListener, AutoCloseable {
  @Override
  void close();
}
