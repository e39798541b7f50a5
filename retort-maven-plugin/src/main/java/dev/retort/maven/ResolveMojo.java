package dev.retort.maven;

import dev.retort.api.Resolution;
import dev.retort.api.ResolvedRevision;
import dev.retort.api.Retort;
import dev.retort.error.ErrorCode;
import java.util.Locale;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:resolve -Dretort.revision=ID -Dretort.resolution=applied|rolled-back}: settles a
 * revision that ran outside a transaction and did not complete, as {@code retort resolve} does,
 * once the schema has been brought by hand to one of the two states.
 */
@Mojo(name = "resolve", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class ResolveMojo extends RetortMojo {
  /** The unresolved revision: an id or a unique prefix. Property: {@code retort.revision}. */
  @Parameter
  private String revision;

  /**
   * {@code applied} (every statement of it is in effect: the version table moves as if it had
   * completed) or {@code rolled-back} (none is: the next run runs it again). Property: {@code retort.resolution}.
   */
  @Parameter
  private String resolution;

  @Override
  void run(Retort retort) {
    String id = setting("revision", revision).filter(s -> !s.isBlank())
        .orElseThrow(() -> PluginSettingException.badResolve(ErrorCode.B002, "needs the revision to settle"));
    Resolution chosen = resolution(setting("resolution", resolution).orElseThrow(
        () -> PluginSettingException.badResolve(ErrorCode.B002, "needs a resolution")));
    getLog().info("Database: " + retort.settings().url());
    ResolvedRevision done = retort.resolve(id, chosen);
    String direction = done.direction().name().toLowerCase(Locale.ROOT);
    if (done.resolution() == Resolution.APPLIED) {
      getLog().info("resolved " + done.id() + ": its " + direction + " recorded as applied; version table "
          + rows(done.rowsBefore()) + " -> " + rows(done.rowsAfter()));
    } else {
      getLog().info("resolved " + done.id() + ": its " + direction + " recorded as rolled back; version table stays at "
          + rows(done.rowsAfter()));
    }
  }

  private static Resolution resolution(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "applied" -> Resolution.APPLIED;
      case "rolled-back", "rolled_back", "rolledback" -> Resolution.ROLLED_BACK;
      default -> throw PluginSettingException.badResolve(ErrorCode.C002, "got an unknown resolution '" + text + "'");
    };
  }

  private static String rows(java.util.List<String> rows) {
    return rows.isEmpty() ? "<base>" : String.join(", ", rows);
  }
}
