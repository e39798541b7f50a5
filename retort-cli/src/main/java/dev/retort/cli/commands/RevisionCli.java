package dev.retort.cli.commands;

import dev.retort.api.AutogenerateResult;
import dev.retort.api.NewRevision;
import dev.retort.api.Retort;
import dev.retort.api.SchemaSource;
import dev.retort.cli.RetortCli;
import dev.retort.error.Paths;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort revision -m MSG}: a new revision file whose parent is the current head. */
@Command(name = "revision",
    description = "Write a new revision file on top of the current head and print its path.")
public final class RevisionCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Option(names = {"-m", "--message"}, required = true, description = "What the revision does; also the file's slug.")
  String message;

  @ArgGroup(exclusive = true)
  Kind kind = new Kind();

  /** SQL or Java. */
  static final class Kind {
    @Option(names = "--sql", description = "A SQL revision (the default).")
    boolean sql;

    @Option(names = "--java", description = "A Java revision (a Migration class using the Operations API).")
    boolean java;
  }

  @Option(names = "--head", paramLabel = "REV", description = "Build on this revision instead of the single head; 'base' starts a new base.")
  String head;

  @Option(names = "--splice", description = "Allow --head to name a revision that is not a head (starts a branch).")
  boolean splice;

  @Option(names = "--branch-label", paramLabel = "LABEL", split = ",", description = "Branch label(s) for the new revision.")
  List<String> branchLabels = List.of();

  @Option(names = "--depends-on", paramLabel = "REV", split = ",", description = "Revisions or labels it depends on.")
  List<String> dependsOn = List.of();

  @Option(names = "--rev-id", paramLabel = "ID", description = "Use this id instead of 12 random hex characters.")
  String revId;

  @Option(names = "--version-path", paramLabel = "DIR", description = "Write into this version folder.")
  Path versionPath;

  @Option(names = "--autogenerate", description = "Write the difference between the migrations' head (or --url)"
      + " and the desired schema (retort.toml 'schema') as the revision's upgrade and downgrade.")
  boolean autogenerate;

  @Option(names = "--url", paramLabel = "URL", description = "With --autogenerate: compare this database (at head)"
      + " instead of the migrations replayed on a scratch database.")
  String url;

  @Option(names = "--classpath", paramLabel = "PATHS",
      description = "With --autogenerate: folders and jars holding the JPA entities of schema = \"jpa:...\".")
  String classpath;

  @Override
  public Integer call() {
    NewRevision request = new NewRevision(message, kind.java, Optional.ofNullable(head), splice, branchLabels,
        dependsOn, Optional.ofNullable(revId), Optional.ofNullable(versionPath));
    PrintWriter out = spec.commandLine().getOut();
    if (!autogenerate) {
      if (url != null || classpath != null) {
        throw new ParameterException(spec.commandLine(), "--url and --classpath need --autogenerate");
      }
      out.println(Paths.display(root.retort().revision(request)));
      out.flush();
      return 0;
    }
    return autogenerate(request, out);
  }

  private int autogenerate(NewRevision request, PrintWriter out) {
    Retort retort = CompareRun.project(root, classpath);
    SchemaSource current = url != null ? new SchemaSource.Database(url, root.workingDirectory())
        : new SchemaSource.Migrations();
    PrintWriter err = spec.commandLine().getErr();
    AutogenerateResult result = retort.autogenerate(request, current);
    CompareRun.scratchLine(root, err, result.comparison());
    for (String warning : result.comparison().warnings()) {
      err.println("warning: " + warning);
    }
    err.flush();
    Optional<Path> file = result.file();
    out.println(file.map(f -> "Generating " + Paths.display(f) + " ... done").orElse("No changes detected"));
    out.flush();
    return 0;
  }
}
