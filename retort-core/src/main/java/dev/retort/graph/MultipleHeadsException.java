package dev.retort.graph;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** A target that needs a single head ({@code head}, {@code X@head}) met several. */
public final class MultipleHeadsException extends RetortException {
  private static final long serialVersionUID = 1L;

  public MultipleHeadsException(String target, List<Revision> heads) {
    this(
        heads.size() + " heads and target '" + target + "' needs one",
        heads,
        target.contains("@")
            ? "name one of the heads above explicitly"
            : "retort merge heads -m \"merge heads\"   (or: retort upgrade heads, or <label>@head)");
  }

  private MultipleHeadsException(String summary, List<Revision> heads, String hint) {
    super(ErrorCode.G002, null, summary, heads.stream().map(MultipleHeadsException::line).toList(), hint);
  }

  /**
   * {@code downgrade heads} with several heads: a downgrade goes to one revision, so {@code heads}
   * needs exactly one (Alembic: "Multiple head revisions are present for given argument 'heads'").
   */
  public static MultipleHeadsException downgradeToHeads(String target, List<Revision> heads) {
    return new MultipleHeadsException(
        heads.size() + " heads and downgrade target '" + target + "' needs one: a downgrade goes to one revision",
        heads,
        "name the revision to downgrade to: one of the heads above, or <label>@head"
            + "   (retort current shows the version rows)");
  }

  private static String line(Revision r) {
    return r.id() + "  " + r.message() + "  " + dev.retort.error.Paths.display(r.origin().path());
  }
}
