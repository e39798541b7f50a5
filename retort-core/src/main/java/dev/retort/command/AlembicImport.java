package dev.retort.command;

import dev.retort.autogen.render.RevisionBody;
import dev.retort.config.ConfigLoader;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.script.IncompleteMarker;
import dev.retort.script.ScriptText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code retort import-alembic}: writes a Retort project with one SQL revision per Alembic
 * revision (same id, parents, labels, dependencies, message and create date). The bodies come from
 * Alembic's offline mode when a Python with Alembic is found; otherwise, or for a revision whose
 * functions fail there, the Python is kept in comments and the revision marked {@code Incomplete:}.
 */
public final class AlembicImport {
  /** The dialects {@code --dialect} takes, and the SQLAlchemy dialect each renders with. */
  private static final Map<String, String> DIALECTS = Map.of(
      "postgresql", "postgresql", "sqlite", "sqlite", "mysql", "mysql", "mariadb", "mysql", "h2", "default");

  private final RetortConfig alembic;
  private final java.util.function.Supplier<RevisionGraph> graph;

  /** The import of the project {@code alembic} configures, whose graph {@code graph} reads (after the configuration is checked). */
  AlembicImport(RetortConfig alembic, java.util.function.Supplier<RevisionGraph> graph) {
    this.alembic = alembic;
    this.graph = graph;
  }

  /**
   * Writes the project into {@code to} (default: {@code retort/} beside the Alembic configuration);
   * refuses a folder that holds files unless {@code force}, which then replaces {@code retort.toml}
   * and the SQL files of {@code migrations/versions/} only.
   */
  public ImportReport run(Optional<Path> to, Optional<String> dialect, Optional<String> python, boolean force) {
    Path configFile = alembic.configFile().filter(AlembicImport::isAlembicFile).orElseThrow(() -> refusal(
        alembic.configFile().map(Location::of).orElse(null), "this is not an Alembic project",
        "run it where alembic.ini is, or name it: retort -c path/to/alembic.ini import-alembic"));
    Path folder = to.orElse(configFile.toAbsolutePath().getParent().resolve("retort")).toAbsolutePath().normalize();
    String dialectName = dialect(dialect);
    RevisionGraph alembicGraph = graph.get();
    List<Revision> revisions = alembicGraph.topologicalOrder().stream().map(alembicGraph::get).toList();
    prepare(folder, force);
    Path workingFolder = configFile.toAbsolutePath().getParent();
    AlembicPython.Probe probe = AlembicPython.find(python, workingFolder);
    Map<String, AlembicPython.OfflineSql> sql = probe.python()
        .map(p -> p.render(revisions, DIALECTS.get(dialectName), workingFolder))
        .orElse(Map.of());
    String versionTable = ImportedConfig.versionTable(alembic);
    Path toml = write(folder.resolve(ConfigLoader.FILE_NAME), ImportedConfig.text(alembic, folder, versionTable));
    RetortConfig target = new ConfigLoader(Map.of(), folder).withoutDiscovery().load(Optional.of(toml), Map.of());
    RevisionGraph empty = RevisionGraph.builder().build();
    List<ImportReport.Imported> written = new ArrayList<>();
    for (Revision revision : revisions) {
      written.add(write(target, empty, revision, Optional.ofNullable(sql.get(revision.id().value())),
          "no Python with Alembic to render it (" + probe.command() + ": " + probe.problem() + ")"));
    }
    ProjectScripts.of(target).graph();
    return new ImportReport(folder, toml, versionTable, dialectName,
        probe.python().map(p -> p.command() + " (Alembic " + p.alembicVersion() + ")"),
        probe.python().isPresent() ? "" : probe.command() + ": " + probe.problem(), written);
  }

  private static ImportReport.Imported write(RetortConfig target, RevisionGraph empty, Revision revision,
      Optional<AlembicPython.OfflineSql> sql, String noPython) {
    String python = ScriptText.read(revision.origin().path());
    String upgrade = sql.map(AlembicPython.OfflineSql::upgrade).orElse(null);
    String downgrade = sql.map(AlembicPython.OfflineSql::downgrade).orElse(null);
    String incomplete = "";
    if (upgrade == null || downgrade == null) {
      incomplete = sql.map(s -> "Alembic's offline mode failed: " + s.error()).orElse(noPython);
    }
    List<String> headers = new ArrayList<>();
    if (!incomplete.isEmpty()) {
      headers.add(IncompleteMarker.headerLine(incomplete));
    }
    if (sql.map(AlembicPython.OfflineSql::nontransactional).orElse(false)) {
      headers.add("-- Transactional: false");
    }
    String from = "-- Not SQL yet: the Python of " + revision.origin().path().getFileName() + "\n";
    RevisionBody body = RevisionBody.sql(
        upgrade != null ? upgrade : from + PythonFunction.commented(python, "upgrade"),
        downgrade != null ? downgrade : from + PythonFunction.commented(python, "downgrade"));
    Path file = new RevisionWriter(target, empty).withHeaders(headers).writeCarriedOver(revision.id().value(),
        revision.message(), revision.createDate(), revision.parents(), List.copyOf(revision.branchLabels()),
        revision.dependsOn(), body);
    return new ImportReport.Imported(revision.id().value(), file, incomplete);
  }

  private String dialect(Optional<String> given) {
    if (given.isPresent()) {
      String name = given.get().toLowerCase(Locale.ROOT);
      if (!DIALECTS.containsKey(name)) {
        throw refusal(null, "--dialect " + given.get() + " is not one Retort renders for",
            "use --dialect postgresql, sqlite, mysql or h2");
      }
      return name;
    }
    try {
      return DatabaseUrl.parse(alembic.url(), alembic.baseFolder()).scheme();
    } catch (RetortException | IllegalArgumentException unknown) {
      throw refusal(null, "the dialect of sqlalchemy.url ('" + DatabaseUrl.redact(alembic.url())
          + "') is not one Retort knows", "name the database the SQL is for: --dialect postgresql (or sqlite, mysql, h2)");
    }
  }

  /** Refuses a folder that holds files unless {@code force}; with it, removes what the import writes again. */
  private static void prepare(Path folder, boolean force) {
    if (!Files.isDirectory(folder) || isEmpty(folder)) {
      return;
    }
    if (!force) {
      throw refusal(Location.of(folder), "the folder is not empty",
          "import into a new folder (--to retort-import), or replace its retort.toml and revision files with --force");
    }
    try {
      Files.deleteIfExists(folder.resolve(ConfigLoader.FILE_NAME));
      Path versions = folder.resolve("migrations").resolve("versions");
      if (Files.isDirectory(versions)) {
        try (Stream<Path> files = Files.list(versions)) {
          for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".sql")).toList()) {
            Files.delete(file);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + folder, e);
    }
  }

  private static boolean isAlembicFile(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".ini") || name.equals("pyproject.toml");
  }

  private static boolean isEmpty(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  private static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static ImportException refusal(Location location, String summary, String hint) {
    return new ImportException(location, summary, hint);
  }

  /** The import refused before writing anything (S040). */
  public static final class ImportException extends RetortException {
    private static final long serialVersionUID = 1L;

    ImportException(Location location, String summary, String hint) {
      super(ErrorCode.S040, location, summary, List.of("nothing was written"), hint);
    }
  }
}
