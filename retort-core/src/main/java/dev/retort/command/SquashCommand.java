package dev.retort.command;

import dev.retort.autogen.render.RevisionBody;
import dev.retort.config.RetortConfig;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.script.JavaMigrationLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code retort squash FROM:TO}: writes one SQL revision holding what the range does, which
 * revises FROM's parents and carries {@code -- Replaces: <the range's ids>}. The old revisions
 * stay; {@code retort squash --prune} ({@link SquashPrune}) deletes them once no database needs
 * them.
 */
public final class SquashCommand {
  private final RetortConfig config;
  private final RevisionGraph graph;
  private final Supplier<Database> database;
  private final JavaMigrationLoader javaRevisions;

  /** @param database the configured database, asked only for a generated squash (its dialect and options) */
  public SquashCommand(RetortConfig config, RevisionGraph graph, Supplier<Database> database,
      JavaMigrationLoader javaRevisions) {
    this.config = config;
    this.graph = graph;
    this.database = database;
    this.javaRevisions = javaRevisions;
  }

  /** Writes the squash; returns its file. */
  public Path squash(SquashRequest request) {
    SquashRange range = SquashRange.resolve(graph, request.range());
    if (request.message() == null || request.message().isBlank()) {
      throw new SquashRefusedException(null, "a squash needs a message", List.of(),
          "retort squash " + request.range() + " -m \"squash 2026 revisions\"");
    }
    RevisionBody body = request.concat()
        ? ConcatenatedBody.of(range)
        : new GeneratedSquashBody(config, database.get(), graph, javaRevisions).render(range);
    List<String> headers = new ArrayList<>();
    Set<String> labels = new LinkedHashSet<>();
    range.chain().forEach(r -> labels.addAll(r.branchLabels()));
    if (!labels.isEmpty()) {
      // written as a header line: the range still declares them, and in each view only one side is read
      headers.add("-- Branch-Labels: " + String.join(", ", labels));
    }
    if (!range.transactional()) {
      headers.add("-- Transactional: false");
    }
    headers.add("-- Replaces: " + String.join(", ", range.ids().stream().map(RevisionId::value).toList()));
    // FROM's parents as its file names them: where FROM follows another squash's range, the loaded
    // graph reads that squash in its parent's place, and a squash must revise what FROM's file revises
    Revision from = graph.squashes().asWritten(range.from().id()).orElse(range.from());
    return new RevisionWriter(config, graph).withHeaders(headers)
        .write(request.message(), false, from.parents(), List.of(), range.dependsOn(), request.revId(), null, body);
  }
}
