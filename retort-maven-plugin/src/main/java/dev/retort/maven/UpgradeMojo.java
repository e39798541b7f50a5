package dev.retort.maven;

import dev.retort.api.Direction;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:upgrade}: applies the pending revisions up to the target ({@code heads} by default). */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class UpgradeMojo extends MigrationMojo {
  @Override
  String goal() {
    return "upgrade";
  }

  @Override
  Direction direction() {
    return Direction.UPGRADE;
  }

  @Override
  Optional<String> defaultTarget() {
    return Optional.of("heads");
  }
}
