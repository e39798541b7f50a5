package dev.retort.command;

import dev.retort.autogen.render.RevisionBody;
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
 * @param body a rendered body to put in the file (autogenerate), or null for the template's empty one;
 *     its kind (SQL or Java) must match {@code java}
 */
public record RevisionRequest(
    String message, boolean java, String head, boolean splice, List<String> branchLabels, List<String> dependsOn,
    String revId, Path versionPath, RevisionBody body) {
  public RevisionRequest {
    branchLabels = List.copyOf(branchLabels);
    dependsOn = List.copyOf(dependsOn);
    if (body != null && body.java() != java) {
      throw new IllegalArgumentException("a " + (body.java() ? "Java" : "SQL") + " body for a "
          + (java ? "Java" : "SQL") + " revision");
    }
  }

  /** A request for a revision with the template's empty body. */
  public RevisionRequest(String message, boolean java, String head, boolean splice, List<String> branchLabels,
      List<String> dependsOn, String revId, Path versionPath) {
    this(message, java, head, splice, branchLabels, dependsOn, revId, versionPath, null);
  }

  /** The same request with a rendered body (its kind decides SQL or Java). */
  public RevisionRequest withBody(RevisionBody rendered) {
    return new RevisionRequest(message, rendered.java(), head, splice, branchLabels, dependsOn, revId, versionPath,
        rendered);
  }
}
