package dev.retort.maven;

import dev.retort.api.Retort;
import dev.retort.api.RevisionInfo;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:current}: the revisions the version table records. */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class CurrentMojo extends RetortMojo {
  @Override
  void run(Retort retort) {
    getLog().info("Database: " + retort.settings().url());
    List<RevisionInfo> current = retort.current();
    if (current.isEmpty()) {
      getLog().info("no revision applied");
    }
    current.forEach(r -> getLog().info(RevisionLines.current(r)));
  }
}
