package dev.retort.cli.commands;

import dev.retort.api.LintFinding;
import dev.retort.api.LintResult;
import dev.retort.api.Retort;
import dev.retort.api.SarifLog;
import dev.retort.cli.RetortCli;
import dev.retort.cli.RetortVersion;
import dev.retort.cli.output.LintJson;
import dev.retort.cli.output.LintBaselineNote;
import dev.retort.cli.output.LintText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort lint}: checks the revision graph and the revisions, and reports every finding. */
@Command(name = "lint",
    description = "Check the revision graph and revisions for problems; exit 1 on errors.")
public final class LintCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  /** The output formats. */
  enum Format { text, json, sarif }

  /** When the text format uses ANSI colours. */
  enum ColorMode { auto, always, never }

  /** Stands for "no file" when --since finds no added file, so that nothing file-bound is reported. */
  private static final Path NO_FILE = Path.of(".retort-lint", "no-added-file");

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or sarif.")
  Format format = Format.text;

  @Option(names = "--color", paramLabel = "WHEN",
      description = "Colour the text format: auto (default: on a terminal, unless NO_COLOR is set), always or never.")
  ColorMode color = ColorMode.auto;

  @Option(names = "--strict", description = "Exit 1 on warnings too.")
  boolean strict;

  @Option(names = "--since", paramLabel = "REV|REF",
      description = "Lint only the revisions after this revision (its descendants), or the files added since this git ref"
          + " (and untracked ones); a value that is both is an error.")
  String since;

  @Option(names = "--since-revision", paramLabel = "REV", description = "Lint only the descendants of this revision.")
  String sinceRevision;

  @Option(names = "--baseline", description = "Record today's findings in the baseline file; later runs report only new"
      + " ones.")
  boolean writeBaseline;

  @Option(names = "--no-baseline", description = "Report every finding, ignoring the baseline file.")
  boolean noBaseline;

  @Option(names = "--url", paramLabel = "URL", description = "Also run the database rules against this database.")
  String url;

  @Override
  public Integer call() {
    // with --url, the database rules (RT3xx) read that database; reading it belongs to those rules' work
    Retort retort = url == null ? root.retort() : root.retort().withUrl(url);
    PrintWriter out = spec.commandLine().getOut();
    if (writeBaseline) {
      if (since != null || sinceRevision != null || noBaseline) {
        throw new ParameterException(spec.commandLine(), "--baseline records every finding: leave out --since,"
            + " --since-revision and --no-baseline");
      }
      int count = retort.writeLintBaseline(url != null);
      new LintBaselineNote(root.workingDirectory()).recorded(out, count, retort.settings().lintBaseline());
      return 0;
    }
    Set<Path> onlyFiles = onlyFiles(retort);
    LintResult report = retort.lint(url != null, !noBaseline, onlyFiles);
    List<LintFinding> findings = report.findings();
    Path base = root.workingDirectory();
    switch (format) {
      case json -> new LintJson(base, retort.lintRules()).write(out, findings);
      case sarif -> {
        out.println(new SarifLog(base, retort.lintRules(), new RetortVersion().getVersion()[0]).toJson(findings));
        out.flush();
      }
      default -> new LintText(base, colour()).write(out, findings);
    }
    new LintBaselineNote(base).write(format == Format.text ? out : spec.commandLine().getErr(), report);
    return report.failed(strict) ? 1 : 0;
  }

  private Set<Path> onlyFiles(Retort retort) {
    if (since != null && sinceRevision != null) {
      throw new ParameterException(spec.commandLine(), "give --since or --since-revision, not both");
    }
    if (since == null && sinceRevision == null) {
      return Set.of();
    }
    Set<Path> files = since != null ? retort.lintSince(since) : retort.lintSinceRevision(sinceRevision);
    return files.isEmpty() ? Set.of(NO_FILE) : files;
  }

  /**
   * {@code always} forces colour even into a pipe (as git and ripgrep do); {@code auto} needs a
   * terminal and no {@code NO_COLOR}.
   */
  private boolean colour() {
    return switch (color) {
      case always -> true;
      case never -> false;
      case auto -> System.console() != null && !root.environment().containsKey("NO_COLOR");
    };
  }
}
