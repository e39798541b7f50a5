package dev.retort.plan;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** A command that cannot be planned from the database's current state. */
public final class PlanException extends RetortException {
  private static final long serialVersionUID = 1L;

  PlanException(ErrorCode code, String summary, List<String> details, String hint) {
    super(code, null, summary, details, hint);
  }

  static PlanException notApplied(String target, Object id, Object rows) {
    return new PlanException(
        ErrorCode.P001,
        "downgrade target " + id + " ('" + target + "') is not applied, so there is nothing to downgrade to",
        List.of("current version rows: " + rows),
        "to move forward use: retort upgrade " + target + "   (retort current shows where the database is)");
  }

  /**
   * @param branch the branch the target keeps to, as {@link BranchScope#describe()} says it
   * @param above the target's applied children, all on other branches
   */
  static PlanException nothingOnBranch(String target, Object id, String branch, List<?> above, Object rows) {
    String others = String.join(", ", above.stream().map(Object::toString).toList());
    return new PlanException(
        ErrorCode.P001,
        "downgrade target " + id + " ('" + target + "') has nothing of " + branch
            + " applied above it, so there is nothing to downgrade",
        List.of("applied above it, on other branches: " + others, "current version rows: " + rows),
        "to remove every branch above it: retort downgrade " + id + "   (retort current shows where the database is)");
  }

  static PlanException dependencyOnly(String target, Object id, List<?> dependants) {
    String names = String.join(", ", dependants.stream().map(Object::toString).toList());
    return new PlanException(
        ErrorCode.P002,
        "downgrade target " + id + " ('" + target + "') is applied only because " + names
            + " depends on it; it is not an ancestor of a version row",
        List.of("downgrading to it would have to remove " + names + ", which does not descend from it"),
        "downgrade the revision(s) that depend on it by name (retort downgrade --plan <target> shows what a target"
            + " removes), or use a target on their own branch");
  }

  public static PlanException missingScripts(List<?> ids) {
    return new PlanException(
        ErrorCode.V001,
        "the database records " + (ids.size() == 1 ? "revision " + ids.get(0) : "revisions " + ids)
            + " as applied, but no script has " + (ids.size() == 1 ? "it" : "them") + " — was the file deleted?",
        List.of(),
        "restore the file from version control (git log --diff-filter=D --name-only -- migrations/), or, if the"
            + " revision is truly gone, retort stamp <revision> --purge to record the state the schema is really in");
  }
}
