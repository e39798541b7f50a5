package dev.retort.maven;

import dev.retort.api.Direction;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:stamp -Dretort.target=heads}: records the target in the version table without running any revision. */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class StampMojo extends MigrationMojo {
  /** Empties the version table first, whatever it holds. Property: {@code retort.purge}. */
  @Parameter
  private boolean purge;

  @Override
  String goal() {
    return "stamp";
  }

  @Override
  Direction direction() {
    return Direction.STAMP;
  }

  @Override
  Optional<String> defaultTarget() {
    return Optional.empty();
  }

  @Override
  boolean purge() {
    return setting("purge", purge ? "true" : null).map(Boolean::parseBoolean).orElse(false);
  }
}
