package dev.retort.maven;

import dev.retort.api.Retort;
import dev.retort.api.RetortBuilder;
import dev.retort.api.SchemaComparison;
import dev.retort.api.SchemaDifference;
import dev.retort.api.SchemaSource;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:check}: compares the schema the migrations produce with the desired schema
 * ({@code schema} in {@code retort.toml}: SQL files or {@code jpa:<package>}) and fails the build
 * when they differ, as {@code retort check} exits 1.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class CheckMojo extends RetortMojo {
  @Override
  void configure(RetortBuilder builder) {
    builder.snapshotCache(buildDirectory().resolve("retort-snapshots"));
  }

  @Override
  void run(Retort retort) throws MojoFailureException {
    SchemaComparison comparison = retort.compare(new SchemaSource.Migrations(), new SchemaSource.ConfiguredSchema());
    if (!comparison.scratch().isEmpty()) {
      getLog().info("scratch: " + comparison.scratch());
    }
    comparison.warnings().forEach(w -> getLog().warn(w));
    if (comparison.isEmpty()) {
      getLog().info("no differences: " + comparison.current() + " matches " + comparison.desired());
      return;
    }
    int count = comparison.differences().size();
    StringBuilder message = new StringBuilder("error: ").append(count)
        .append(count == 1 ? " difference" : " differences").append(" between ").append(comparison.current())
        .append(" and ").append(comparison.desired());
    for (SchemaDifference difference : comparison.differences()) {
      message.append("\n  ").append(difference.line());
    }
    message.append("\nfix: write them as a revision: mvn retort:revision -Dautogenerate -Dretort.message=\"...\"");
    throw new MojoFailureException(message.toString());
  }
}
