package dev.retort.maven;

import dev.retort.api.LintFinding;
import dev.retort.api.LintResult;
import dev.retort.api.LintSeverity;
import dev.retort.api.Retort;
import dev.retort.api.SarifLog;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:lint}: runs every lint rule (after the {@code [lint]} levels and the baseline
 * of {@code retort.toml}), logs the findings, writes them as SARIF to {@code
 * target/retort-lint.sarif}, and fails the build when one is an error (or, with {@code strict}, a
 * warning).
 */
@Mojo(name = "lint", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class LintMojo extends RetortMojo {
  /** The SARIF file; default {@code ${project.build.directory}/retort-lint.sarif}. Property: {@code retort.sarifFile}. */
  @Parameter
  private File sarifFile;

  /** Fails the build on warnings too. Property: {@code retort.strict}. */
  @Parameter
  private boolean strict;

  /** Also runs the rules that read the database (edited or missing applied revisions, ...). Property: {@code retort.lintDatabase}. */
  @Parameter
  private boolean lintDatabase;

  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  private String pluginVersion;

  @Override
  void run(Retort retort) throws MojoFailureException {
    boolean withDatabase = flag("lintDatabase", lintDatabase);
    boolean failOnWarnings = flag("strict", strict);
    LintResult result = retort.lint(withDatabase, true, Set.of());
    Path sarif = setting("sarifFile", sarifFile).map(f -> basedir().resolve(f).normalize())
        .orElse(buildDirectory().resolve("retort-lint.sarif"));
    SarifLog log = new SarifLog(basedir(), retort.lintRules(), pluginVersion == null ? "" : pluginVersion)
        .declaringSourceRoot();
    for (LintFinding finding : result.findings()) {
      String line = finding.file().map(f -> log.uri(f) + (finding.line() > 0 ? ":" + finding.line() : "") + ": ")
          .orElse("") + finding.severity().name().toLowerCase(Locale.ROOT) + "[" + finding.code() + "] "
          + finding.message() + (finding.fix().isEmpty() ? "" : "\n  fix: " + finding.fix());
      switch (finding.severity()) {
        case ERROR -> getLog().error(line);
        case WARNING -> getLog().warn(line);
        case INFO -> getLog().info(line);
      }
    }
    try {
      Files.createDirectories(sarif.toAbsolutePath().getParent());
      Files.writeString(sarif, log.toJson(result.findings()));
    } catch (IOException e) {
      throw new MojoFailureException("error: cannot write the SARIF log " + sarif + ": " + e.getMessage()
          + "\nfix: check that the folder is writable, or set <sarifFile>", e);
    }
    long errors = count(result, LintSeverity.ERROR);
    long warnings = count(result, LintSeverity.WARNING);
    String summary = counted(errors, "error") + ", " + counted(warnings, "warning")
        + (result.suppressed() > 0 ? ", " + result.suppressed() + " recorded in the baseline" : "")
        + "; SARIF: " + sarif;
    if (result.failed(failOnWarnings)) {
      throw new MojoFailureException("lint found " + summary
          + "\nfix: correct the findings above (docs/lint/<code>.md explains each rule), or record them in the baseline file with the CLI's retort"
          + " lint --baseline");
    }
    getLog().info("lint: " + summary);
  }

  private boolean flag(String name, boolean configured) {
    return setting(name, configured ? "true" : null).map(Boolean::parseBoolean).orElse(false);
  }

  private static String counted(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static long count(LintResult result, LintSeverity severity) {
    return result.findings().stream().filter(f -> f.severity() == severity).count();
  }
}
