package dev.retort.spring.actuate;

import dev.retort.api.RevisionStatus;
import java.util.List;

/**
 * What {@code /actuator/retort} returns.
 *
 * @param revisions every revision and its state in the database, oldest first; missing ones last
 */
public record RevisionsReport(List<RevisionEntry> revisions) {
  public RevisionsReport {
    revisions = List.copyOf(revisions);
  }

  static RevisionsReport of(List<RevisionStatus> statuses) {
    return new RevisionsReport(statuses.stream().map(RevisionEntry::of).toList());
  }
}
