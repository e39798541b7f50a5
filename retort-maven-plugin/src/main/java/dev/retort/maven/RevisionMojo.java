package dev.retort.maven;

import dev.retort.api.AutogenerateResult;
import dev.retort.api.NewRevision;
import dev.retort.api.Retort;
import dev.retort.api.RetortBuilder;
import dev.retort.api.SchemaDifference;
import dev.retort.api.SchemaSource;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:revision -Dretort.message="add users"}: writes a new revision on top of the
 * head; with {@code -Dautogenerate}, one holding the difference between the migrations and the
 * desired schema ({@code schema} in {@code retort.toml}; with {@code jpa:<package>}, the entities
 * among the project's compiled classes, so run {@code compile} first).
 */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class RevisionMojo extends RetortMojo {
  /** The revision's message (required). Property: {@code retort.message}. */
  @Parameter
  private String message;

  /** Writes the difference to the desired schema as the revision. Property: {@code autogenerate} or {@code retort.autogenerate}. */
  @Parameter
  private boolean autogenerate;

  /** The new revision's id; default 12 random hex characters. Property: {@code retort.revisionId}. */
  @Parameter
  private String revisionId;

  @Override
  void configure(RetortBuilder builder) {
    builder.snapshotCache(buildDirectory().resolve("retort-snapshots"));
  }

  @Override
  void run(Retort retort) {
    String text = setting("message", message).filter(m -> !m.isBlank())
        .orElseThrow(PluginSettingException::missingMessage);
    NewRevision request = NewRevision.withMessage(text);
    Optional<String> id = setting("revisionId", revisionId);
    if (id.isPresent()) {
      request = request.withId(id.get());
    }
    boolean fromSchema = commandLine("autogenerate").or(() -> setting("autogenerate", autogenerate ? "true" : null))
        .map(v -> v.isEmpty() || Boolean.parseBoolean(v)).orElse(false);
    if (!fromSchema) {
      getLog().info("Generating " + shown(retort.revision(request)) + " ... done");
      return;
    }
    AutogenerateResult result = retort.autogenerate(request, new SchemaSource.Migrations());
    if (!result.comparison().scratch().isEmpty()) {
      getLog().info("scratch: " + result.comparison().scratch());
    }
    for (SchemaDifference difference : result.comparison().differences()) {
      getLog().info("Detected " + difference.line());
    }
    result.comparison().warnings().forEach(w -> getLog().warn(w));
    getLog().info(result.file().map(f -> "Generating " + shown(f) + " ... done").orElse("No changes detected"));
  }

  private String shown(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(basedir()) ? basedir().relativize(absolute).toString() : absolute.toString();
  }
}
