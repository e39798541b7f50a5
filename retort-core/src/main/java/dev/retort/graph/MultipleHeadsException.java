package dev.retort.graph;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** A target that needs a single head ({@code head}, {@code X@head}) met several. */
public final class MultipleHeadsException extends RetortException {
  private static final long serialVersionUID = 1L;

  public MultipleHeadsException(String target, List<Revision> heads) {
    super(
        ErrorCode.G002,
        null,
        heads.size() + " heads and target '" + target + "' needs one",
        heads.stream().map(MultipleHeadsException::line).toList(),
        target.contains("@")
            ? "name one of the heads above explicitly"
            : "retort merge heads -m \"merge heads\"   (or: retort upgrade heads, or <label>@head)");
  }

  private static String line(Revision r) {
    return r.id() + "  " + r.message() + "  " + dev.retort.error.Paths.display(r.origin().path());
  }
}
