package dev.retort.cli.commands;

import dev.retort.api.FleetCommand;
import dev.retort.api.FleetRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine.Option;

/** The options every fleet command takes: the fleet file, reports and the selection of targets. */
public final class FleetOptions {
  @Option(names = "--fleet", paramLabel = "FILE",
      description = "Read the [fleet] table from this file (default: retort.toml's).")
  Path fleetFile;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Write a report: JSON for .json, a self-contained page for .html (repeatable).")
  List<Path> reports = new ArrayList<>();

  @Option(names = "--shard", paramLabel = "K/N",
      description = "Run only the Kth of N slices of the fleet (by a hash of each target's name).")
  String shard;

  @Option(names = "--only", paramLabel = "NAME", description = "Run only this target (repeatable).")
  List<String> only = new ArrayList<>();

  @Option(names = "--tag", paramLabel = "TAG", description = "Run only the targets having this tag (repeatable: any of them).")
  List<String> tags = new ArrayList<>();

  @Option(names = "--parallel", paramLabel = "N",
      description = "Targets at once in every stage (overrides parallel in [fleet] and its stages).")
  Integer parallel;

  FleetRequest request(FleetCommand command, String revision) {
    return new FleetRequest(command, revision, Optional.ofNullable(shard), only, tags,
        parallel == null ? OptionalInt.empty() : OptionalInt.of(parallel));
  }

  Optional<Path> fleetFile() {
    return Optional.ofNullable(fleetFile);
  }

  List<Path> reports() {
    return List.copyOf(reports);
  }
}
