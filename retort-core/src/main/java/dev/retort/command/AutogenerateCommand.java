package dev.retort.command;

import dev.retort.autogen.diff.DiffResult;
import dev.retort.autogen.render.JavaRevisionRenderer;
import dev.retort.autogen.render.RevisionBody;
import dev.retort.autogen.scratch.GeneratedSql;
import dev.retort.config.RetortConfig;
import dev.retort.graph.RevisionGraph;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code retort revision --autogenerate}: renders a comparison's upgrade and downgrade as a SQL or
 * Java revision and writes it like any new revision (same id, header, file name and checks).
 */
public final class AutogenerateCommand {
  private final RetortConfig config;
  private final RevisionGraph graph;

  public AutogenerateCommand(RetortConfig config, RevisionGraph graph) {
    this.config = config;
    this.graph = graph;
  }

  /**
   * Writes the revision; empty, and no file, when the comparison found nothing to do. Nothing is
   * written when rendering fails (RT-M015 for an operation a Java revision cannot express).
   */
  public Optional<Path> write(RevisionRequest request, Comparison comparison) {
    if (comparison.isEmpty()) {
      return Optional.empty();
    }
    DiffResult downgrade = comparison.downgrade();
    RevisionBody body = request.java()
        ? new JavaRevisionRenderer().render(comparison.upgrade(), downgrade)
        : GeneratedSql.render(config, comparison.dialect(), comparison.current(), comparison.upgrade(), downgrade);
    return Optional.of(new RevisionCommand(config, graph).revision(request.withBody(body)));
  }
}
