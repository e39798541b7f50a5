package dev.retort.cli.commands;

import dev.retort.cli.RetortCli;
import dev.retort.api.RevisionInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort edit REV}: open a revision's file in $VISUAL or $EDITOR. */
@Command(name = "edit", description = "Open a revision's file in $VISUAL or $EDITOR.")
public final class EditCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "REV", description = "The revision: an id, a prefix, head, ...")
  String target;

  @Override
  public Integer call() throws IOException, InterruptedException {
    List<RevisionInfo> revisions = root.retort().show(target);
    if (revisions.size() != 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "'" + target + "' names " + revisions.size() + " revisions; edit opens one");
    }
    Map<String, String> env = root.environment();
    String editor = editor(env);
    if (editor.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "set $VISUAL or $EDITOR to your editor (e.g. export EDITOR=vi)");
    }
    if (revisions.get(0).file().isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "revision " + revisions.get(0).id() + " is read from " + revisions.get(0).location() + ", which is read-only;"
              + " edit its source in the project that builds it");
    }
    Path file = revisions.get(0).file().get();
    Process process = new ProcessBuilder("sh", "-c", editor + " \"$1\"", "retort-edit", file.toString())
        .inheritIO().start();
    int status = process.waitFor();
    if (status != 0) {
      spec.commandLine().getErr().println("error: the editor (" + editor + ") exited with status " + status);
      return 1;
    }
    return 0;
  }

  /** $VISUAL, else $EDITOR; a variable that is set but empty (or blank) counts as unset; "" when neither is set. */
  static String editor(Map<String, String> env) {
    for (String name : List.of("VISUAL", "EDITOR")) {
      String value = env.getOrDefault(name, "").strip();
      if (!value.isEmpty()) {
        return value;
      }
    }
    return "";
  }
}
