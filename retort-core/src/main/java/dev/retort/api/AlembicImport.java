package dev.retort.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@link Retort#importAlembic} wrote: a Retort project with one SQL revision per Alembic
 * revision.
 *
 * @param folder the new project's folder
 * @param configFile its {@code retort.toml}
 * @param versionTable the version table it names: {@code alembic_version}, or the {@code
 *     version_table="..."} that the project's {@code env.py} passes to Alembic
 * @param dialect the dialect the SQL was rendered for ({@code postgresql}, {@code sqlite}, {@code mysql}, {@code h2})
 * @param python the Python whose Alembic rendered the SQL, with Alembic's version; empty when none was usable
 * @param pythonProblem why no Python was used; empty when one was
 * @param revisions the revisions written, bases first
 */
public record AlembicImport(Path folder, Path configFile, String versionTable, String dialect, Optional<String> python,
    String pythonProblem, List<ImportedRevision> revisions) {
  public AlembicImport {
    revisions = List.copyOf(revisions);
  }

  /** How many revisions have SQL from Alembic's offline mode. */
  public long fromAlembic() {
    return revisions.stream().filter(r -> r.incomplete().isEmpty()).count();
  }

  /** The revisions marked incomplete. */
  public List<ImportedRevision> incomplete() {
    return revisions.stream().filter(r -> r.incomplete().isPresent()).toList();
  }

  /**
   * One imported revision.
   *
   * @param id its id (the Alembic revision's)
   * @param file the SQL file written
   * @param incomplete why it is marked {@code Incomplete:} (its body is Python in a comment); empty
   *     when its SQL came from Alembic
   */
  public record ImportedRevision(String id, Path file, Optional<String> incomplete) {}
}
