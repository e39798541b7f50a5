package dev.retort.maven;

import dev.retort.api.AcceptedRevision;
import dev.retort.api.Retort;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:repair}: accepts every edited applied revision (its file's current checksum
 * becomes the reference; the history table keeps the old one), as {@code retort repair} does.
 */
@Mojo(name = "repair", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class RepairMojo extends RetortMojo {
  /** Logs what would be accepted and changes nothing. Property: {@code retort.dryRun}. */
  @Parameter
  private boolean dryRun;

  @Override
  void run(Retort retort) {
    boolean dry = setting("dryRun", dryRun ? "true" : null).map(Boolean::parseBoolean).orElse(false);
    getLog().info("Database: " + retort.settings().url());
    List<AcceptedRevision> accepted = retort.repair(dry);
    for (AcceptedRevision a : accepted) {
      getLog().info((dry ? "would accept " : "accepted ") + a.revision().id() + "  sha256:" + a.previousChecksum()
          + " -> sha256:" + a.newChecksum());
    }
    if (accepted.isEmpty()) {
      getLog().info("nothing to repair: no applied revision was edited");
    }
  }
}
