package dev.retort.maven;

import dev.retort.api.Direction;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:downgrade -Dretort.target=base}: reverts revisions down to the target (which it needs). */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class DowngradeMojo extends MigrationMojo {
  @Override
  String goal() {
    return "downgrade";
  }

  @Override
  Direction direction() {
    return Direction.DOWNGRADE;
  }

  @Override
  Optional<String> defaultTarget() {
    return Optional.empty();
  }
}
