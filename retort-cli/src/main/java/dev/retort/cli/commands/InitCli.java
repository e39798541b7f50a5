package dev.retort.cli.commands;

import dev.retort.api.Retort;
import dev.retort.cli.RetortCli;
import dev.retort.error.Paths;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort init [DIR]}. */
@Command(name = "init",
    description = "Create a project: retort.toml (SQLite by default), migrations/versions/ and editable templates.")
public final class InitCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", arity = "0..1", description = "The project folder (default: the current folder).")
  Path dir;

  @Override
  public Integer call() {
    // DIR is taken from the working directory retort runs in (the process's, except in tests)
    Path target = dir == null ? root.workingDirectory() : root.workingDirectory().resolve(dir);
    for (Path created : Retort.init(target.normalize())) {
      spec.commandLine().getOut().println("created " + Paths.display(created));
    }
    spec.commandLine().getOut().println("next: retort revision -m \"first revision\"");
    spec.commandLine().getOut().flush();
    return 0;
  }
}
