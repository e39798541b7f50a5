package dev.retort.spring.actuate;

import dev.retort.api.RevisionInfo;
import dev.retort.api.RevisionStatus;
import java.util.List;
import java.util.Locale;

/**
 * One revision as {@code /actuator/retort} shows it.
 *
 * @param id the revision id
 * @param state {@code applied}, {@code pending}, {@code edited} or {@code missing}
 * @param message its message; null for a missing revision
 * @param parents the revisions it revises
 * @param location its file (or class-path resource); null for a missing revision
 * @param checksum the file's checksum now; null for a missing revision
 * @param appliedChecksum the checksum recorded when it was applied; null when not applied
 */
public record RevisionEntry(String id, String state, String message, List<String> parents, String location,
    String checksum, String appliedChecksum) {

  public RevisionEntry {
    parents = List.copyOf(parents);
  }

  static RevisionEntry of(RevisionStatus status) {
    String state = status.state().name().toLowerCase(Locale.ROOT);
    String applied = status.appliedChecksum().isEmpty() ? null : status.appliedChecksum();
    if (status.revision().isEmpty()) {
      return new RevisionEntry(status.id(), state, null, List.of(), null, null, applied);
    }
    RevisionInfo revision = status.revision().get();
    return new RevisionEntry(status.id(), state, revision.message(), revision.parents(), revision.location(),
        revision.checksum(), applied);
  }
}
