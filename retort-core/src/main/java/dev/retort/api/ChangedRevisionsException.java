package dev.retort.api;

import dev.retort.error.ErrorCode;
import dev.retort.error.Paths;
import dev.retort.error.RetortException;
import java.util.List;

/**
 * A run with {@link MigrationRun#validateOnMigrate(boolean)} refused to start (RT-V009): the
 * database records revisions whose file changed since they were applied, or that no file has any
 * more. Nothing was changed.
 */
public final class ChangedRevisionsException extends RetortException {
  private static final long serialVersionUID = 1L;
  private final transient List<RevisionStatus> changed;

  ChangedRevisionsException(List<RevisionStatus> changed) {
    super(ErrorCode.V009, null, summary(changed, "validate-on-migrate"), changed.stream().map(ChangedRevisionsException::line).toList(),
        "restore the files as they were applied (the applied checksum is above; git log -p <file> finds that version),"
            + " record a deliberate edit with retort accept <revision>, or run without validateOnMigrate");
    this.changed = List.copyOf(changed);
  }

  /** The edited ({@link RevisionState#EDITED}) and missing ({@link RevisionState#MISSING}) revisions, oldest first. */
  public List<RevisionStatus> changed() {
    return changed;
  }

  /**
   * What changed, in one line: "2 applied revisions were edited since they were applied, and
   * {@code option} is on".
   */
  public static String summary(List<RevisionStatus> changed, String option) {
    long edited = changed.stream().filter(s -> s.state() == RevisionState.EDITED).count();
    long missing = changed.size() - edited;
    return (edited > 0 ? edited + " applied revision" + (edited == 1 ? " was" : "s were") + " edited" : "")
        + (edited > 0 && missing > 0 ? " and " : "")
        + (missing > 0 ? missing + " applied revision" + (missing == 1 ? " has" : "s have") + " no file" : "")
        + " since " + (changed.size() == 1 ? "it was" : "they were") + " applied, and " + option + " is on";
  }

  /** One changed revision as a detail line: its state, id, file and (edited) both checksums. */
  public static String line(RevisionStatus status) {
    if (status.state() == RevisionState.MISSING) {
      return "missing  " + status.id() + "  recorded in the version table; no revision file has this id";
    }
    RevisionInfo revision = status.revision().orElseThrow();
    String where = revision.file().map(Paths::display).orElse(revision.location());
    return "edited   " + status.id() + "  " + where + "  applied sha256:" + shortSum(status.appliedChecksum())
        + ", file now sha256:" + shortSum(revision.checksum());
  }

  private static String shortSum(String checksum) {
    return checksum.length() > 12 ? checksum.substring(0, 12) + "…" : checksum;
  }
}
