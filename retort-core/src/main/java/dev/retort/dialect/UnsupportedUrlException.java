package dev.retort.dialect;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** A URL that names no supported database. */
public final class UnsupportedUrlException extends RetortException {
  private static final long serialVersionUID = 1L;

  UnsupportedUrlException(ErrorCode code, String redactedUrl) {
    super(
        code,
        null,
        "database URL '" + redactedUrl + "' names no supported database",
        List.of("supported: sqlite:<file>, sqlite:///<relative file>, sqlite:////<absolute file>, jdbc:sqlite:<file>,"
            + " postgresql://user:pass@host:5432/db, jdbc:postgresql://host:5432/db"),
        "set url in retort.toml, RETORT_URL or --url to one of the forms above");
  }
}
