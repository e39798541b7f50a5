package dev.retort.cli.commands;

import dev.retort.api.IdRewriteOptions;
import dev.retort.api.IdRewriteResult;
import dev.retort.api.Retort;
import dev.retort.cli.RetortCli;
import dev.retort.cli.output.IdRewriteText;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort rename-revision OLD NEW}: gives one revision a new id, in the files and the database. */
@Command(name = "rename-revision",
    description = "Give revision OLD the id NEW: its header, its file name (when it holds OLD), every Revises/"
        + "Depends-On naming it, and the database's version and history rows, all or nothing.")
public final class RenameRevisionCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The revision to rename (an id or unique prefix).")
  String oldId;

  @Parameters(index = "1", paramLabel = "NEW", description = "Its new id: letters, digits, '_' and '.', not taken.")
  String newId;

  @Option(names = "--url", paramLabel = "URL", description = "The database to bring along (default: the configured one).")
  String url;

  @Option(names = "--files-only", description = "Change the files only; bring databases along later with"
      + " rewrite-ids --apply-mapping.")
  boolean filesOnly;

  @Option(names = "--mapping-out", paramLabel = "FILE", description = "Also write the id mapping to FILE (.json or .tsv).")
  Path mappingOut;

  @Option(names = "--dry-run", description = "Print every change (files, lines, SQL) and write nothing.")
  boolean dryRun;

  @Override
  public Integer call() {
    Retort retort = url == null ? root.retort() : root.retort().withUrl(url);
    IdRewriteResult result = retort.renameRevision(oldId, newId,
        new IdRewriteOptions(dryRun, filesOnly, Optional.ofNullable(mappingOut).map(root.workingDirectory()::resolve)));
    IdRewriteText.print(spec.commandLine().getOut(), spec.commandLine().getErr(), result);
    if (result.nothingToDo() && !root.quiet()) {
      spec.commandLine().getErr().println("nothing to rename: " + newId + " is already the id in the files"
          + (filesOnly ? "" : " and the database"));
      spec.commandLine().getErr().flush();
    }
    return 0;
  }
}
