package dev.retort.cli.commands;

import dev.retort.cli.RetortCli;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code retort completion}: a bash/zsh completion script for every command and option. */
@Command(name = "completion",
    description = {"Print a bash/zsh completion script for retort.",
        "bash: source <(retort completion)   zsh: autoload -U +X bashcompinit && bashcompinit; "
            + "source <(retort completion)"})
public final class CompletionCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    // this run registered only 'completion' (see RetortCli.commandLineFor): describe every command
    String script = AutoComplete.bash("retort", RetortCli.commandLine(root.environment(), root.workingDirectory()));
    PrintWriter out = spec.commandLine().getOut();
    out.print(script);
    out.flush();
    return 0;
  }
}
