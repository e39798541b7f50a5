package dev.retort.cli.commands;

import dev.retort.api.AlembicImport;
import dev.retort.cli.RetortCli;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retort import-alembic [--to DIR] [--dialect D] [--python PATH] [--force]}. */
@Command(name = "import-alembic",
    description = "Write this Alembic project as a Retort project: same ids, graph, labels and messages; each"
        + " revision's SQL from Alembic's offline mode when a Python with Alembic is found, else marked incomplete.")
public final class ImportAlembicCli implements Callable<Integer> {
  @Mixin HelpOption helpOption;

  @ParentCommand RetortCli root;
  @Spec CommandSpec spec;

  @Option(names = "--to", paramLabel = "DIR", description = "The folder to write (default: retort/ beside the Alembic configuration).")
  Path to;

  @Option(names = "--dialect", paramLabel = "DIALECT",
      description = "postgresql, sqlite, mysql or h2: the database the SQL is for (default: sqlalchemy.url's).")
  String dialect;

  @Option(names = "--python", paramLabel = "PATH",
      description = "The Python that imports Alembic, such as the project's virtualenv Python (default: python3).")
  String python;

  @Option(names = "--force", description = "Write into a folder that holds files (replaces its retort.toml and SQL revisions).")
  boolean force;

  @Override
  public Integer call() {
    Optional<Path> folder = Optional.ofNullable(to).map(p -> root.workingDirectory().resolve(p).normalize());
    AlembicImport result = root.retortForShowing(false).importAlembic(folder, Optional.ofNullable(dialect),
        Optional.ofNullable(python).map(this::command), force);
    PrintWriter out = spec.commandLine().getOut();
    int count = result.revisions().size();
    out.println("imported " + count + (count == 1 ? " revision" : " revisions") + " into " + shown(result.folder()));
    out.println("  " + result.fromAlembic() + " with SQL from Alembic's offline mode for " + result.dialect() + ": "
        + result.python().map(p -> "rendered by " + p).orElse("no Python with Alembic (" + result.pythonProblem()
            + "; pass --python PATH)"));
    List<AlembicImport.ImportedRevision> incomplete = result.incomplete();
    out.println("  " + incomplete.size() + " incomplete" + (incomplete.isEmpty() ? ""
        : " (Python kept in comments; upgrade and downgrade refuse them until their SQL is written):"));
    for (AlembicImport.ImportedRevision r : incomplete) {
      out.println("    " + r.id() + "  " + shown(r.file())
          + (result.python().isPresent() ? "  " + r.incomplete().orElse("") : ""));
    }
    out.println("wrote " + shown(result.configFile()) + " (version_table = \"" + result.versionTable() + "\")");
    String config = "retort -c " + shown(result.configFile());
    out.println("next: " + config + (incomplete.isEmpty() ? " current" : " lint")
        + (incomplete.isEmpty() ? "   (the database Alembic migrated, adopted as it is)"
            : "   (lists the incomplete revisions; write their SQL, then delete each '-- Incomplete:' line)"));
    out.flush();
    return 0;
  }

  /** A Python given as a path ({@code .venv/bin/python}) taken against the folder retort runs in; a bare name as the PATH finds it. */
  private String command(String given) {
    return given.contains("/") || given.contains(java.io.File.separator)
        ? root.workingDirectory().resolve(given).normalize().toString()
        : given;
  }

  /** A path relative to the folder retort runs in when it is inside it (as the user would type it). */
  private String shown(Path path) {
    Path here = root.workingDirectory();
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
  }
}
