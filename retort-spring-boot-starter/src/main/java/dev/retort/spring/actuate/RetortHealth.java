package dev.retort.spring.actuate;

import dev.retort.api.RevisionState;
import dev.retort.api.RevisionStatus;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code retort} health contribution, the same for every Spring Boot version: down when an
 * applied revision's file differs from what was applied; up otherwise, listing pending and missing
 * revisions, which are normal while two versions of an application run side by side.
 *
 * @param up whether the contribution is up
 * @param details {@code applied} (a count), {@code pending}, {@code edited} and {@code missing} (ids)
 */
record RetortHealth(boolean up, Map<String, Object> details) {
  RetortHealth {
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  static RetortHealth of(List<RevisionStatus> statuses) {
    List<String> edited = ids(statuses, RevisionState.EDITED);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("applied", ids(statuses, RevisionState.APPLIED).size());
    details.put("pending", ids(statuses, RevisionState.PENDING));
    details.put("edited", edited);
    details.put("missing", ids(statuses, RevisionState.MISSING));
    return new RetortHealth(edited.isEmpty(), details);
  }

  private static List<String> ids(List<RevisionStatus> statuses, RevisionState state) {
    return statuses.stream().filter(s -> s.state() == state).map(RevisionStatus::id).toList();
  }
}
