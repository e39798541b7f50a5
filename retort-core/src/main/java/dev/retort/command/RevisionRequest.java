package dev.retort.command;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code retort revision} was asked for.
 *
 * @param message the message (required)
 * @param java write a Java revision instead of SQL
 * @param head the revision to build on ({@code base} for a new base), or null for the single head
 * @param splice allow building on a revision that is not a head
 * @param branchLabels labels for the new revision
 * @param dependsOn ids, prefixes or labels it depends on
 * @param revId the id to use, or null for 12 random hex characters
 * @param versionPath the folder to write to, or null for the first version location
 */
public record RevisionRequest(
    String message, boolean java, String head, boolean splice, List<String> branchLabels, List<String> dependsOn,
    String revId, Path versionPath) {
  public RevisionRequest {
    branchLabels = List.copyOf(branchLabels);
    dependsOn = List.copyOf(dependsOn);
  }
}
