package dev.retort.maven;

import dev.retort.api.Retort;
import dev.retort.api.VerifiedRevision;
import dev.retort.api.VerifyCheck;
import dev.retort.api.VerifyJunit;
import dev.retort.api.VerifyOutcome;
import dev.retort.api.VerifyRequest;
import dev.retort.api.VerifyResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:verify}: the stairway test of {@code retort verify} on a scratch database;
 * logs one line per revision, writes JUnit XML to {@code target/retort-verify.xml}, and fails the
 * build when a check fails.
 */
@Mojo(name = "verify", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class VerifyMojo extends RetortMojo {
  /** Verifies a history with several heads. Property: {@code retort.heads}. */
  @Parameter
  private boolean heads;

  /** No downgrade below this revision. Property: {@code retort.minRevision}. */
  @Parameter
  private String minRevision;

  /** Revisions that get no stairway, comma separated. Property: {@code retort.skipRevisions}. */
  @Parameter
  private String skipRevisions;

  /** The JUnit XML file; default {@code ${project.build.directory}/retort-verify.xml}. Property: {@code retort.junitFile}. */
  @Parameter
  private File junitFile;

  @Override
  void run(Retort retort) throws MojoFailureException {
    List<String> skip = setting("skipRevisions", skipRevisions).map(s -> Arrays.stream(s.split(","))
        .map(String::strip).filter(x -> !x.isEmpty()).toList()).orElse(List.of());
    boolean allHeads = setting("heads", heads ? "true" : null).map(Boolean::parseBoolean).orElse(false);
    Path junit = setting("junitFile", junitFile).map(f -> basedir().resolve(f).normalize())
        .orElse(buildDirectory().resolve("retort-verify.xml"));
    VerifyResult result = retort.verify(new VerifyRequest(allHeads, Optional.empty(), false,
        setting("minRevision", minRevision), skip, Map.of()));
    getLog().info("verify on " + result.database());
    for (VerifiedRevision r : result.revisions()) {
      String line = r.outcome().name().toLowerCase(java.util.Locale.ROOT) + "  " + r.revision().id() + "  "
          + r.revision().message();
      if (r.outcome() == VerifyOutcome.FAILED) {
        getLog().error(line + r.failure().map(f -> ": " + f.name() + ": " + f.message()).orElse(""));
      } else {
        getLog().info(line);
      }
    }
    for (VerifyCheck check : result.checks()) {
      String line = check.name() + ": " + check.outcome().name().toLowerCase(java.util.Locale.ROOT)
          + (check.message().isEmpty() ? "" : ", " + check.message());
      if (check.outcome() == VerifyOutcome.FAILED) {
        getLog().error(line);
      } else {
        getLog().info(line);
      }
    }
    try {
      Files.createDirectories(junit.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new MojoFailureException("error: cannot create the folder of " + junit + ": " + e.getMessage()
          + "\nfix: check that the folder is writable, or set <junitFile>", e);
    }
    VerifyJunit.write(result, junit);
    if (!result.passed()) {
      throw new MojoFailureException("verify failed (the lines above name each failed check); JUnit report: " + junit
          + "\nfix: correct the revision named, and run mvn retort:verify again (retort verify prints the details)");
    }
    getLog().info("verify passed; JUnit report: " + junit);
  }
}
