package dev.retort.graph;

import dev.retort.error.NearMatches;
import dev.retort.error.RetortException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that every {@code Revises:} and {@code Depends-On:} value names something that exists,
 * and explains the ones that do not: a file name or slug used in place of an id, or a typo.
 */
final class ReferenceCheck {
  private final Map<RevisionId, Revision> byId;
  private final Map<String, RevisionId> labelOwners;
  private FileNameIndex<Revision> byFileName;

  ReferenceCheck(Map<RevisionId, Revision> byId, Map<String, RevisionId> labelOwners) {
    this.byId = byId;
    this.labelOwners = labelOwners;
  }

  /** True when the parent exists; otherwise records a problem. */
  boolean checkParent(Revision from, RevisionId parent, List<RetortException> problems) {
    if (byId.containsKey(parent)) {
      return true;
    }
    problems.add(dangling(from, DanglingReferenceException.Field.REVISES, parent.value()));
    return false;
  }

  /** The dependency targets as ids (labels resolved to their owner), recording dangling ones. */
  List<RevisionId> resolveDependencies(Revision from, List<RetortException> problems) {
    if (from.dependsOn().isEmpty()) {
      return List.of();
    }
    Set<RevisionId> resolved = new LinkedHashSet<>();
    for (String value : from.dependsOn()) {
      RevisionId owner = labelOwners.get(value);
      if (owner == null && RevisionId.isValid(value) && byId.containsKey(new RevisionId(value))) {
        owner = new RevisionId(value);
      }
      if (owner == null) {
        problems.add(dangling(from, DanglingReferenceException.Field.DEPENDS_ON, value));
      } else if (!owner.equals(from.id())) {
        resolved.add(owner);
      }
    }
    return new ArrayList<>(resolved);
  }

  private DanglingReferenceException dangling(
      Revision from, DanglingReferenceException.Field field, String value) {
    Optional<Revision> fileNameOf = fileNameOf(value);
    List<String> near = fileNameOf.isPresent()
        ? List.of()
        : NearMatches.among(value, byId.keySet().stream().map(RevisionId::value)::iterator);
    return new DanglingReferenceException(from, field, value, fileNameOf, near);
  }

  /** The script whose file name, stem or slug the value is (index built only when a reference dangles). */
  private Optional<Revision> fileNameOf(String value) {
    if (byFileName == null) {
      byFileName = new FileNameIndex<>(byId.values(), r -> r.origin().path(), r -> r.id().value());
    }
    return byFileName.lookup(value);
  }
}
