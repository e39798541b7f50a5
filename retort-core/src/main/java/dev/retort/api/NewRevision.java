package dev.retort.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code retort revision} is asked for.
 *
 * @param message the message (required)
 * @param java write a Java revision instead of SQL
 * @param head the revision to build on ({@code base} for a new base); empty for the single head
 * @param splice allow building on a revision that is not a head
 * @param branchLabels labels for the new revision
 * @param dependsOn ids, prefixes or labels it depends on
 * @param revisionId the id to use; empty for 12 random hex characters
 * @param versionPath the folder to write to; empty for the first version location
 */
public record NewRevision(String message, boolean java, Optional<String> head, boolean splice,
    List<String> branchLabels, List<String> dependsOn, Optional<String> revisionId, Optional<Path> versionPath) {
  public NewRevision {
    branchLabels = List.copyOf(branchLabels);
    dependsOn = List.copyOf(dependsOn);
  }

  /** An SQL revision on the single head with a random id. */
  public static NewRevision withMessage(String message) {
    return new NewRevision(message, false, Optional.empty(), false, List.of(), List.of(), Optional.empty(),
        Optional.empty());
  }


  /** The same request with a given id instead of a random one. */
  public NewRevision withId(String id) {
    return new NewRevision(message, java, head, splice, branchLabels, dependsOn, Optional.of(id), versionPath);
  }
}
