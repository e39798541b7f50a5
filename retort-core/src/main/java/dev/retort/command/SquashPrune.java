package dev.retort.command;

import dev.retort.config.RetortConfig;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.Squash;
import dev.retort.run.DatabaseState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * {@code retort squash --prune}: deletes the files a squash replaces, drops its {@code Replaces:}
 * line (it becomes an ordinary revision) and points every {@code Revises:} or {@code Depends-On:}
 * that named a replaced revision at the squash. Refused, with nothing changed, while the database
 * (when one is configured or given) still needs the old revisions: its rows name a revision of the
 * range, part-way through it or at its end under the old id.
 */
public final class SquashPrune {
  private final RetortConfig config;
  private final RevisionGraph graph;
  private final Optional<Supplier<DatabaseState>> database;
  private final String databaseName;

  /**
   * @param database the database to check, when one is configured
   * @param databaseName how to name it in messages (the URL, password hidden)
   */
  public SquashPrune(RetortConfig config, RevisionGraph graph, Optional<Supplier<DatabaseState>> database,
      String databaseName) {
    this.config = config;
    this.graph = graph;
    this.database = database;
    this.databaseName = databaseName;
  }

  /** Prunes the squash {@code which} names (its id, or its range FROM:TO), or every one when it is null. */
  public List<PrunedSquash> prune(String which) {
    List<Squash> chosen = choose(which);
    database.ifPresent(state -> refuseWhileNeeded(chosen, state.get().rows()));
    List<PrunedSquash> pruned = new ArrayList<>();
    for (Squash squash : chosen) {
      pruned.add(prune(squash));
    }
    ProjectScripts.of(config).graph();
    return pruned;
  }

  private List<Squash> choose(String which) {
    List<Squash> all = graph.squashes().all();
    if (all.isEmpty()) {
      throw new SquashRefusedException(null, "no squash has replaced revisions left to prune", List.of(),
          "write one first: retort squash FROM:TO -m \"...\"");
    }
    if (which == null || which.isBlank()) {
      return all;
    }
    String text = which.strip();
    int colon = text.indexOf(':');
    List<Squash> matches = all.stream().filter(s -> colon < 0
        ? starts(s.id(), text)
        : starts(s.from(), text.substring(0, colon).strip()) && starts(s.to(), text.substring(colon + 1).strip()))
        .toList();
    if (matches.size() != 1) {
      throw new SquashRefusedException(null, matches.isEmpty()
          ? "'" + text + "' names no squash whose replaced revisions are still there"
          : "'" + text + "' names several squashes", all.stream()
              .map(s -> "squash " + s.id() + " replaces " + s.from() + ".." + s.to()).toList(),
          "name one of the squashes above by id, or its range FROM:TO; or prune them all with retort squash --prune");
    }
    return matches;
  }

  private static boolean starts(RevisionId id, String text) {
    return id.value().equals(text) || (text.length() >= 4 && id.value().startsWith(text));
  }

  private void refuseWhileNeeded(List<Squash> chosen, SortedSet<RevisionId> rows) {
    for (Squash squash : chosen) {
      SortedSet<RevisionId> inRange = new TreeSet<>(rows);
      inRange.retainAll(squash.chain());
      if (inRange.isEmpty()) {
        continue;
      }
      boolean atEnd = inRange.contains(squash.to());
      throw new SquashRefusedException(null, "database " + databaseName + " still needs the revisions squash "
          + squash.id() + " replaces: its version table records " + String.join(", ",
              inRange.stream().map(RevisionId::value).toList()) + (atEnd ? ", the range's end under its old id"
                  : ", part-way through " + squash.from() + ".." + squash.to()),
          List.of("nothing was deleted"),
          atEnd
              ? "record it under the squash's id first: retort stamp " + squash.id() + " --url <that database>"
              : "finish the range on it first: retort upgrade " + squash.to() + " --url <that database>"
                  + " (then retort stamp " + squash.id() + " if it stays there)");
    }
  }

  private PrunedSquash prune(Squash squash) {
    Map<RevisionId, RevisionId> renamed = new java.util.HashMap<>();
    squash.chain().forEach(id -> renamed.put(id, squash.id()));
    Set<RevisionId> replaced = Set.copyOf(squash.chain());
    List<Path> rewritten = new ArrayList<>();
    Revision own = graph.squashes().asWritten(squash.id()).orElseThrow();
    rewrite(own.origin().path(), ReferenceRewrite.withoutReplaces(read(own.origin().path())));
    rewritten.add(own.origin().path());
    for (RevisionId id : graph.topologicalOrder()) {
      Revision written = graph.squashes().asWritten(id).orElse(graph.get(id));
      if (!id.equals(squash.id()) && ReferenceRewrite.names(written.parents(), written.dependsOn(), replaced)) {
        Path file = written.origin().path();
        rewrite(file, ReferenceRewrite.references(read(file), written.kind(), renamed));
        rewritten.add(file);
      }
    }
    List<Path> deleted = new ArrayList<>();
    for (RevisionId id : squash.chain()) {
      Path file = graph.get(id).origin().path();
      try {
        Files.delete(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete " + file, e);
      }
      deleted.add(file);
    }
    return new PrunedSquash(squash.id(), squash.chain(), deleted, rewritten);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static void rewrite(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
