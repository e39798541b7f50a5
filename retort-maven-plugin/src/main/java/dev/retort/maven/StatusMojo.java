package dev.retort.maven;

import dev.retort.api.Retort;
import dev.retort.api.RevisionState;
import dev.retort.api.RevisionStatus;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:status}: each revision applied, pending, edited (its file changed since it
 * was applied), missing (applied, but no file has it) or unresolved (it ran outside a transaction
 * and did not complete); the last three as warnings, with the unresolved revision's details.
 */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class StatusMojo extends RetortMojo {
  @Override
  void run(Retort retort) {
    getLog().info("Database: " + retort.settings().url());
    List<RevisionStatus> entries = retort.status();
    for (RevisionStatus entry : entries) {
      if (entry.state() == RevisionState.EDITED || entry.state() == RevisionState.MISSING
          || entry.state() == RevisionState.UNRESOLVED) {
        getLog().warn(RevisionLines.status(entry));
      } else {
        getLog().info(RevisionLines.status(entry));
      }
    }
    retort.unresolvedError().ifPresent(e -> getLog().warn(e.render()));
    long pending = entries.stream().filter(e -> e.state() == RevisionState.PENDING).count();
    getLog().info(entries.size() + " revisions, " + pending + " pending");
  }
}
