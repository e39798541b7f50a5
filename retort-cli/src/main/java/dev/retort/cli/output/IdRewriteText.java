package dev.retort.cli.output;

import dev.retort.api.ChangedLine;
import dev.retort.api.IdRewriteResult;
import dev.retort.api.OldIdMention;
import dev.retort.api.RenamedFile;
import dev.retort.api.RenamedId;
import dev.retort.error.Paths;
import java.io.PrintWriter;

/**
 * What {@code rename-revision} and {@code rewrite-ids} print: each rename, each file (moved or
 * rewritten) with every changed line before and after, each database statement, the mapping
 * file, and the lines that still name an old id. A dry run says "would".
 */
public final class IdRewriteText {
  private IdRewriteText() {}

  /** Prints the result to {@code out}; notes on lines left alone go to {@code err}. */
  public static void print(PrintWriter out, PrintWriter err, IdRewriteResult result) {
    String would = result.dryRun() ? "would " : "";
    for (RenamedId rename : result.renames()) {
      out.printf("%srename %s -> %s%n", would, rename.oldId(), rename.newId());
    }
    for (RenamedFile file : result.files()) {
      if (file.moved()) {
        out.printf("%smove %s -> %s%n", would, Paths.display(file.before()), Paths.display(file.after()));
      } else {
        out.printf("%srewrite %s%n", would, Paths.display(file.after()));
      }
      for (ChangedLine line : file.lines()) {
        out.printf("  %d - %s%n  %d + %s%n", line.line(), line.before(), line.line(), line.after());
      }
    }
    for (String statement : result.statements()) {
      out.printf("%srun %s%n", would, statement);
    }
    result.mappingFile().filter(f -> !result.renames().isEmpty())
        .ifPresent(f -> out.printf("%swrite %s%n", would, Paths.display(f)));
    out.flush();
    for (OldIdMention mention : result.mentions()) {
      err.printf("note: %s:%d still names an old id (left as it is): %s%n", Paths.display(mention.file()),
          mention.line(), mention.text().strip());
    }
    err.flush();
  }
}
