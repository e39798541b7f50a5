package dev.retort.cli.commands;

import dev.retort.api.IdRewriteOptions;
import dev.retort.api.IdRewriteResult;
import dev.retort.api.Retort;
import dev.retort.api.RevisionSelection;
import dev.retort.cli.RetortCli;
import dev.retort.cli.output.IdRewriteText;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort rewrite-ids}: gives many revisions new 12-hex ids, or brings a database along with a mapping. */
@Command(name = "rewrite-ids",
    description = "Give the selected revisions new ids of 12 random hex characters, as rename-revision does for one,"
        + " and write the id mapping; or, with --apply-mapping, rename another database's rows as a mapping says.")
public final class RewriteIdsCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Option(names = "--longer-than", paramLabel = "N", description = "Select ids longer than N characters (e.g. 32).")
  Integer longerThan;

  @Option(names = "--all", description = "Select every revision.")
  boolean all;

  @Option(names = "--pattern", paramLabel = "REGEX", description = "Select ids in which REGEX finds a match.")
  String pattern;

  @Option(names = "--mapping-out", paramLabel = "FILE",
      description = "Where to write the id mapping (.json, or .tsv; default: retort-id-mapping.json beside retort.toml).")
  Path mappingOut;

  @Option(names = "--apply-mapping", paramLabel = "FILE",
      description = "Rename the database's version and history rows as FILE says; the files are not touched.")
  Path applyMapping;

  @Option(names = "--url", paramLabel = "URL", description = "The database to bring along (default: the configured one).")
  String url;

  @Option(names = "--files-only", description = "Change the files only, not the database.")
  boolean filesOnly;

  @Option(names = "--dry-run", description = "Print every change (files, lines, SQL) and write nothing.")
  boolean dryRun;

  @Override
  public Integer call() {
    Retort retort = url == null ? root.retort() : root.retort().withUrl(url);
    boolean selected = all || longerThan != null || pattern != null;
    IdRewriteResult result;
    if (applyMapping != null) {
      if (selected || filesOnly || mappingOut != null) {
        throw new ParameterException(spec.commandLine(),
            "--apply-mapping changes only the database: leave out --all, --longer-than, --pattern, --files-only and"
                + " --mapping-out");
      }
      result = retort.applyIdMapping(root.workingDirectory().resolve(applyMapping), dryRun);
    } else {
      if (!selected) {
        throw new ParameterException(spec.commandLine(),
            "say which revisions to rename: --longer-than N, --all or --pattern REGEX (or --apply-mapping FILE)");
      }
      RevisionSelection selection = new RevisionSelection(
          longerThan == null ? OptionalInt.empty() : OptionalInt.of(longerThan), all, Optional.ofNullable(pattern));
      result = retort.rewriteIds(selection, new IdRewriteOptions(dryRun, filesOnly,
          Optional.ofNullable(mappingOut).map(root.workingDirectory()::resolve)));
    }
    IdRewriteText.print(spec.commandLine().getOut(), spec.commandLine().getErr(), result);
    if (result.nothingToDo() && !root.quiet()) {
      spec.commandLine().getErr().println(applyMapping != null
          ? "nothing to rename: the database already records the new ids"
          : "nothing to rename: no revision matches the selection");
      spec.commandLine().getErr().flush();
    }
    return 0;
  }
}
