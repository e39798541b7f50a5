package dev.retort.command;

import dev.retort.error.Location;
import dev.retort.error.NearMatches;
import dev.retort.graph.AmbiguousPrefixException;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.UnknownRevisionException;
import dev.retort.run.DatabaseIdRewrite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;

/**
 * {@code rename-revision} and {@code rewrite-ids}: renames revision ids in the files (the
 * revision's header, file name and Java class, and every {@code Revises:}/{@code Depends-On:}
 * naming it) and, unless files-only, in the database's version and history tables. Everything is
 * checked before anything is written; the files are written while the database transaction is
 * open and put back if it fails to commit. A run with nothing left to rename changes nothing.
 */
public final class IdRewriteCommand {
  private final RevisionGraph graph;
  private final Optional<DatabaseIdRewrite> database;
  private final String versionTable;
  private final Random random;

  /**
   * @param graph the revisions as the files are now
   * @param database the database to bring along, or empty for the files only
   * @param versionTable the version table's name, for messages
   * @param random where new ids come from
   */
  public IdRewriteCommand(RevisionGraph graph, Optional<DatabaseIdRewrite> database, String versionTable,
      Random random) {
    this.graph = graph;
    this.database = database;
    this.versionTable = versionTable;
    this.random = random;
  }

  /**
   * Renames revision {@code oldRef} (an id or unique prefix) to {@code newId}. When no revision
   * has {@code oldRef} and one has {@code newId}, the files were renamed before: only the
   * database is brought along (nothing when it is already).
   */
  public IdRewriteReport rename(String oldRef, String newId, boolean dryRun, Optional<Path> mappingOut) {
    refuseWhileSquashed();
    Optional<RevisionId> old = resolve(oldRef);
    if (old.isEmpty()) {
      if (RevisionId.isValid(oldRef) && RevisionId.isValid(newId) && graph.contains(new RevisionId(newId))) {
        return catchUp(List.of(new DatabaseIdRewrite.Rename(oldRef, newId)), dryRun);
      }
      throw new UnknownRevisionException(oldRef, NearMatches.among(oldRef, graph.ids()));
    }
    Map<RevisionId, String> renames = new LinkedHashMap<>();
    renames.put(old.get(), newId);
    return execute(new IdRewritePlanner(graph).plan(renames), dryRun, mappingOut);
  }

  /** Gives each selected revision a new random 12-hex id; writes the mapping to {@code mappingOut}. */
  public IdRewriteReport rewrite(IdSelection selection, boolean dryRun, Path mappingOut) {
    refuseWhileSquashed();
    List<RevisionId> selected = selection.select(graph);
    if (selected.isEmpty()) {
      return new IdRewriteReport(List.of(), List.of(), List.of(), List.of(), Optional.empty(), dryRun);
    }
    NewIdSource ids = new NewIdSource(random);
    Set<String> taken = new HashSet<>();
    Map<RevisionId, String> renames = new LinkedHashMap<>();
    for (RevisionId id : selected) {
      String next = ids.next(graph, taken);
      taken.add(next);
      renames.put(id, next);
    }
    return execute(new IdRewritePlanner(graph).plan(renames), dryRun, Optional.of(mappingOut));
  }

  /**
   * Brings a database along with files that were already rewritten: renames its version and
   * history rows as the mapping file says. Refuses rows that are neither old ids of the mapping
   * nor revisions of the files.
   */
  public IdRewriteReport applyMapping(Path mappingFile, boolean dryRun) {
    List<DatabaseIdRewrite.Rename> renames = new IdMappingFile(mappingFile).read();
    for (DatabaseIdRewrite.Rename rename : renames) {
      if (graph.contains(new RevisionId(rename.oldId()))) {
        throw IdRewriteException.refused(graph.get(new RevisionId(rename.oldId())).origin().revisionLocation(),
            "revision " + rename.oldId() + " still has its old id in the files", List.of(),
            "rewrite the files first (check out the commit with the rewritten files), then apply the mapping");
      }
      if (!graph.contains(new RevisionId(rename.newId()))) {
        throw IdRewriteException.refused(Location.of(mappingFile), "no revision file has the new id " + rename.newId()
            + " (old id " + rename.oldId() + ")", List.of(),
            "apply the mapping to the project whose files it rewrote, or check the mapping file");
      }
    }
    if (database.isEmpty()) {
      throw IdRewriteException.refused(null, "--apply-mapping changes only the database, and --files-only leaves it"
          + " out", List.of(), "drop --files-only and pass the database with --url");
    }
    return catchUp(renames, dryRun);
  }

  private Optional<RevisionId> resolve(String ref) {
    if (RevisionId.isValid(ref) && graph.contains(new RevisionId(ref))) {
      return Optional.of(new RevisionId(ref));
    }
    List<RevisionId> matches = graph.withPrefix(ref);
    if (matches.size() > 1) {
      throw new AmbiguousPrefixException(ref, matches, List.of());
    }
    return matches.stream().findFirst();
  }

  private IdRewriteReport execute(IdRewritePlan plan, boolean dryRun, Optional<Path> mappingOut) {
    List<FileBatch.Write> writes = new ArrayList<>();
    if (mappingOut.isPresent()) {
      Path file = mappingOut.get();
      if (Files.exists(file)) {
        throw IdRewriteException.refused(Location.of(file), "the mapping file exists (from an earlier rewrite?)",
            List.of("other environments may still need it for --apply-mapping"),
            "move it away, or pass another file with --mapping-out");
      }
      writes.add(new FileBatch.Write(null, file, null, new IdMappingFile(file).render(plan.renames())));
    }
    for (FileEdit edit : plan.files()) {
      writes.add(new FileBatch.Write(edit.from(), edit.to(), dev.retort.script.IdRewrite.bytes(edit.before()),
          dev.retort.script.IdRewrite.bytes(edit.after())));
    }
    FileBatch batch = new FileBatch(writes);
    Set<String> oldIds = new HashSet<>();
    plan.renames().forEach(r -> oldIds.add(r.oldId()));
    List<String> statements = database
        .map(db -> db.apply(plan.renames(), plan.checksums(), rows -> checkRows(rows, oldIds), batch, dryRun))
        .orElseGet(() -> {
          if (!dryRun) {
            batch.write();
          }
          return List.of();
        });
    return new IdRewriteReport(plan.renames(), plan.files(), statements, plan.mentions(), mappingOut, dryRun);
  }

  private IdRewriteReport catchUp(List<DatabaseIdRewrite.Rename> renames, boolean dryRun) {
    if (database.isEmpty()) {
      return new IdRewriteReport(List.of(), List.of(), List.of(), List.of(), Optional.empty(), dryRun);
    }
    Set<String> oldIds = new HashSet<>();
    renames.forEach(r -> oldIds.add(r.oldId()));
    List<String> statements = database.get().apply(renames, ChecksumsBefore.of(graph, renames),
        rows -> checkRows(rows, oldIds), NO_FILES, dryRun);
    return new IdRewriteReport(statements.isEmpty() ? List.of() : renames, List.of(), statements, List.of(),
        Optional.empty(), dryRun);
  }

  private void checkRows(SortedSet<RevisionId> rows, Set<String> oldIds) {
    List<String> unknown = rows.stream().filter(r -> !graph.contains(r) && !oldIds.contains(r.value()))
        .map(RevisionId::value).toList();
    if (!unknown.isEmpty()) {
      throw IdRewriteException.unknownRows(versionTable, unknown,
          "check the database is this project's; add the missing revision files, or rename the files only with"
              + " --files-only and bring the database along later with rewrite-ids --apply-mapping");
    }
  }

  private static final DatabaseIdRewrite.FileStep NO_FILES = new DatabaseIdRewrite.FileStep() {
    @Override
    public void write() {}

    @Override
    public void undo() {}
  };

  /**
   * Id rewrites read the graph as written; while a squash still has its replaced revisions, the
   * graph the commands see puts the squash in their place, so rewrites wait until it is pruned.
   */
  private void refuseWhileSquashed() {
    if (!graph.squashes().isEmpty()) {
      dev.retort.graph.Squash squash = graph.squashes().all().get(0);
      throw IdRewriteException.refused(null, "the project has a squash whose replaced revisions are still there ("
          + squash.id() + " replaces " + squash.from() + ".." + squash.to() + ")", List.of(
              "a squash's Replaces: line and the databases part-way through its range still use the old ids"),
          "prune it first (retort squash --prune " + squash.id() + "), then rename");
    }
  }
}
