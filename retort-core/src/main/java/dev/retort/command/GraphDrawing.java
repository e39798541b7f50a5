package dev.retort.command;

import dev.retort.graph.Revision;
import dev.retort.graph.RevisionId;
import dev.retort.graph.draw.DrawingFormat;
import dev.retort.graph.draw.GraphView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code retort graph} and {@code history --graph}: a picture of the project's graph or of a history range. */
public final class GraphDrawing {
  private final Project project;

  public GraphDrawing(Project project) {
    this.project = project;
  }

  /**
   * The picture of the revisions of {@code range} (null: all); with {@code markApplied}, the
   * configured database's applied revisions and version rows are marked.
   */
  public String draw(DrawingFormat format, String range, boolean markApplied) {
    List<RevisionId> shown = project.history(range).stream().map(Revision::id).toList();
    List<RevisionId> rows = markApplied ? List.copyOf(project.databaseState().rows()) : List.of();
    return format.render(GraphView.of(project.graph(), shown, rows, markApplied));
  }

  /** Writes {@code text} to {@code file} (UTF-8, replacing it); throws {@link OutputFileException} when it cannot. */
  public static Path write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new OutputFileException(file, e);
    }
  }
}
