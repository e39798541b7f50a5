package dev.retort.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code retort import-alembic} wrote.
 *
 * @param folder the Retort project's folder
 * @param configFile its {@code retort.toml}
 * @param versionTable the version table it names (Alembic's: {@code alembic_version}, or what {@code env.py} sets)
 * @param dialect the dialect the SQL was rendered for
 * @param python the Python that rendered it and its Alembic version; empty when none was usable
 * @param pythonProblem why no Python was used (empty when one was)
 * @param revisions every revision written, in topological order
 */
public record ImportReport(Path folder, Path configFile, String versionTable, String dialect, Optional<String> python,
    String pythonProblem, List<Imported> revisions) {
  public ImportReport {
    revisions = List.copyOf(revisions);
  }

  /**
   * One revision written.
   *
   * @param id its id
   * @param file the SQL file
   * @param incomplete why it is marked incomplete, or empty when its SQL came from Alembic
   */
  public record Imported(String id, Path file, String incomplete) {}
}
