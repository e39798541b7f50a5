package dev.retort.command;

import dev.retort.error.Location;
import dev.retort.error.Paths;
import dev.retort.error.RetortException;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.run.DatabaseIdRewrite;
import dev.retort.script.ClasspathPath;
import dev.retort.script.IdRewrite;
import dev.retort.script.ScriptHeader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out and checks everything an id rewrite changes in the files before anything is written:
 * the new ids are legal and free, every file that declares or names a renamed id can be rewritten
 * and written, each rewritten header reads back as the same revision under the new ids, and the
 * new graph is the old one with its ids mapped.
 */
final class IdRewritePlanner {
  private final RevisionGraph graph;

  IdRewritePlanner(RevisionGraph graph) {
    this.graph = graph;
  }

  /** The plan for {@code renames} (old id to new id); throws A006 when it cannot be done. */
  IdRewritePlan plan(Map<RevisionId, String> renames) {
    Map<String, String> ids = new LinkedHashMap<>();
    renames.forEach((old, now) -> ids.put(old.value(), now));
    checkNewIds(ids);
    List<FileEdit> files = new ArrayList<>();
    List<Revision> rewritten = new ArrayList<>();
    for (RevisionId id : graph.topologicalOrder()) {
      Revision revision = graph.get(id);
      if (names(revision, ids)) {
        FileEdit edit = edit(revision, ids);
        files.add(edit);
        rewritten.add(readBack(edit, revision, ids));
      } else {
        rewritten.add(revision);
      }
    }
    checkTargets(files);
    checkGraph(rewritten);
    List<DatabaseIdRewrite.Rename> ordered = new ArrayList<>();
    for (RevisionId id : graph.topologicalOrder()) {
      if (ids.containsKey(id.value())) {
        ordered.add(new DatabaseIdRewrite.Rename(id.value(), ids.get(id.value())));
      }
    }
    return new IdRewritePlan(ordered, files, mentions(files, ids.keySet()));
  }

  private void checkNewIds(Map<String, String> ids) {
    Set<String> seen = new HashSet<>();
    for (Map.Entry<String, String> rename : ids.entrySet()) {
      String now = rename.getValue();
      String problem = RevisionId.problemWith(now, "new id");
      if (problem != null) {
        throw IdRewriteException.refused(null, problem, List.of(), "pick a new id of letters, digits, '_' and '.'");
      }
      if (now.equals(rename.getKey())) {
        throw IdRewriteException.refused(null, "the new id " + now + " is the old one", List.of(), "pick another new id");
      }
      if (graph.contains(new RevisionId(now)) && !ids.containsKey(now)) {
        throw IdRewriteException.refused(graph.get(new RevisionId(now)).origin().revisionLocation(),
            "revision id " + now + " is already taken", List.of(), "pick another new id");
      }
      if (graph.labelOwner(now).isPresent()) {
        throw IdRewriteException.refused(null, "the new id " + now + " is the branch label of revision "
            + graph.labelOwner(now).get(), List.of(), "pick another new id");
      }
      if (!seen.add(now)) {
        throw IdRewriteException.refused(null, "two revisions would both get the id " + now, List.of(),
            "give each revision its own new id");
      }
      if (ids.containsKey(now)) {
        throw IdRewriteException.refused(null, "the new id " + now + " is an id this rewrite renames", List.of(),
            "pick an id that no revision has; swapping ids takes two renames");
      }
    }
  }

  /** Whether the revision declares or names (Revises, Depends-On) a renamed id. */
  private static boolean names(Revision revision, Map<String, String> ids) {
    return ids.containsKey(revision.id().value())
        || revision.parents().stream().anyMatch(p -> ids.containsKey(p.value()))
        || revision.dependsOn().stream().anyMatch(ids::containsKey);
  }

  private static FileEdit edit(Revision revision, Map<String, String> ids) {
    Path from = revision.origin().path();
    if (from instanceof ClasspathPath) {
      throw IdRewriteException.refused(revision.origin().revisionLocation(), "revision " + revision.id()
          + " is read from the class path, which cannot be written", List.of(),
          "rename in the source folder the build copies (version_locations), then build again");
    }
    String text = read(from);
    String oldId = revision.id().value();
    String newId = ids.getOrDefault(oldId, oldId);
    IdRewrite.Rewritten rewritten = IdRewrite.rewrite(revision.kind(), text, oldId, ids);
    String name = from.getFileName().toString();
    Path to = newId.equals(oldId) ? from : from.resolveSibling(IdRewrite.fileName(name, oldId, newId));
    if (!Files.isWritable(from) || !Files.isWritable(from.toAbsolutePath().getParent())) {
      throw IdRewriteException.refused(Location.of(from), "the file or its folder is read-only", List.of(),
          "make both writable (chmod u+w " + Paths.display(from) + " " + Paths.display(from.toAbsolutePath().getParent())
              + "), then run the command again");
    }
    return new FileEdit(from, to, oldId, newId, text, rewritten.text(), rewritten.changes());
  }

  private static String read(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw IdRewriteException.refused(Location.of(file), "cannot read the file: " + e.getMessage(), List.of(),
          "check the file's permissions");
    }
  }

  /** The rewritten file's revision, which must be the old one with its ids mapped. */
  private static Revision readBack(FileEdit edit, Revision old, Map<String, String> ids) {
    Revision now;
    try {
      ScriptHeader header = IdRewrite.header(edit.to(), edit.after());
      now = header == null ? null : header.toRevision();
    } catch (RetortException e) {
      now = null;
    }
    List<RevisionId> parents = old.parents().stream().map(p -> new RevisionId(ids.getOrDefault(p.value(), p.value())))
        .toList();
    List<String> dependsOn = old.dependsOn().stream().map(d -> ids.getOrDefault(d, d)).toList();
    if (now == null || !now.id().value().equals(edit.newId()) || !now.parents().equals(parents)
        || !now.dependsOn().equals(dependsOn) || !now.branchLabels().equals(old.branchLabels())) {
      throw IdRewriteException.refused(old.origin().revisionLocation(), "the header of revision " + old.id()
          + " cannot be rewritten: it does not read back as the same revision under the new ids", List.of(
              "expected id " + edit.newId() + ", revises " + parents + ", depends on " + dependsOn),
          "write its header with literal ids (as retort revision does), or rename it by hand");
    }
    return now;
  }

  private static void checkTargets(List<FileEdit> files) {
    Set<Path> targets = new HashSet<>();
    for (FileEdit edit : files) {
      Path to = edit.to().toAbsolutePath().normalize();
      if (!targets.add(to)) {
        throw IdRewriteException.refused(Location.of(edit.to()), "two files would both be renamed to this name",
            List.of(), "rename one of them by hand first");
      }
      if (!edit.to().equals(edit.from()) && Files.exists(edit.to(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        throw IdRewriteException.refused(Location.of(edit.to()), "the file " + Paths.display(edit.from())
            + " would be renamed to this name, which exists", List.of(), "move that file away, or pick another new id");
      }
    }
  }

  private void checkGraph(List<Revision> rewritten) {
    List<RetortException> problems = RevisionGraph.builder().addAll(rewritten).problems();
    if (!problems.isEmpty() || rewritten.size() != graph.size()) {
      throw IdRewriteException.refused(null, "the revisions would not form a valid graph under the new ids",
          problems.stream().map(RetortException::summary).toList(), "pick other new ids");
    }
  }

  /** Lines of the rewritten files, and of every other file, that still name an old id. */
  private List<IdMention> mentions(List<FileEdit> files, Set<String> oldIds) {
    Map<Path, FileEdit> edits = new HashMap<>();
    files.forEach(f -> edits.put(f.from(), f));
    List<IdMention> mentions = new ArrayList<>();
    for (RevisionId id : graph.topologicalOrder()) {
      Path path = graph.get(id).origin().path();
      if (path instanceof ClasspathPath) {
        continue;
      }
      FileEdit edit = edits.get(path);
      String text = edit != null ? edit.after() : read(path);
      Path shown = edit != null ? edit.to() : path;
      IdRewrite.mentions(text, oldIds).forEach(m -> mentions.add(new IdMention(shown, m.line(), m.before())));
    }
    return mentions;
  }
}
