package dev.retort.command;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.util.List;

/** {@code rename-revision} or {@code rewrite-ids} refused, or could not write its files; nothing was changed. */
public final class IdRewriteException extends RetortException {
  private static final long serialVersionUID = 1L;

  IdRewriteException(ErrorCode code, Location location, String summary, List<String> details, String hint) {
    super(code, location, summary, details, hint);
  }

  IdRewriteException(ErrorCode code, Location location, String summary, List<String> details, String hint,
      Throwable cause) {
    super(code, location, summary, details, hint, cause);
  }

  /** A006: the rename cannot be done as asked. */
  static IdRewriteException refused(Location location, String summary, List<String> details, String hint) {
    return new IdRewriteException(ErrorCode.A006, location, summary + "; nothing was renamed", details, hint);
  }

  /** A007: the mapping file is unusable. */
  static IdRewriteException badMapping(java.nio.file.Path file, String problem, String hint) {
    return new IdRewriteException(ErrorCode.A007, Location.of(file), "the id mapping file " + problem, List.of(), hint);
  }

  /** V021: version rows that are neither revisions nor renamed ids. */
  static IdRewriteException unknownRows(String table, List<String> rows, String hint) {
    return new IdRewriteException(ErrorCode.V021, null, table + " holds " + rows.size()
        + (rows.size() == 1 ? " row" : " rows") + " that no revision file has and the rename does not map; nothing"
        + " was renamed", rows.stream().map(r -> "version row " + r).toList(), hint);
  }
}
