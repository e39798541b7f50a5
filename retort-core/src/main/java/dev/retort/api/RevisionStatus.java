package dev.retort.api;

import dev.retort.error.RetortException;
import dev.retort.plan.PlanException;
import java.util.List;
import java.util.Optional;

/**
 * One revision's state in the database.
 *
 * @param id the revision id
 * @param revision the revision, or empty when no file has it ({@link RevisionState#MISSING})
 * @param state applied, pending, edited or missing
 * @param appliedChecksum the checksum recorded when it was last applied, or empty
 */
public record RevisionStatus(String id, Optional<RevisionInfo> revision, RevisionState state, String appliedChecksum) {

  /**
   * The error (RT-V001) that {@link Retort#current()} and a migration raise when the version table
   * records revisions no file has, for the {@link RevisionState#MISSING} entries of {@code
   * statuses}; empty when there is none. {@code status} shows it as a warning.
   */
  public static Optional<RetortException> missingRevisionsError(List<RevisionStatus> statuses) {
    List<String> missing = statuses.stream().filter(s -> s.state() == RevisionState.MISSING).map(RevisionStatus::id)
        .toList();
    return missing.isEmpty() ? Optional.empty() : Optional.of(PlanException.missingScripts(missing));
  }
}
