package dev.retort.api;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.error.Location;
import dev.retort.error.Paths;
import dev.retort.error.RetortException;
import dev.retort.run.StatementFailedException;
import java.util.Optional;
import java.util.OptionalInt;

/** A target's failure as a report line: code, message, revision, file, line, statement, fix; never a password. */
final class FleetFailures {
  private static final int STATEMENT_LIMIT = 2000;

  private FleetFailures() {}

  /** {@code e}, with the target's {@code url} password (and any URL's) removed from every text. */
  static FleetFailure of(RuntimeException e, String url) {
    Redaction redact = new Redaction(url);
    if (!(e instanceof RetortException failure)) {
      return new FleetFailure(Optional.empty(), redact.apply("unexpected " + e.getClass().getSimpleName() + ": "
          + e.getMessage()), Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(),
          Optional.of("run the command on this target alone with -v (retort --url URL ...) and report the stack trace"));
    }
    Optional<Location> location = failure.location();
    Optional<String> revision = Optional.empty();
    Optional<String> statement = Optional.empty();
    if (failure instanceof StatementFailedException statementFailed) {
      revision = Optional.of(statementFailed.revision());
      String sql = statementFailed.statement();
      statement = Optional.of(redact.apply(sql.length() > STATEMENT_LIMIT ? sql.substring(0, STATEMENT_LIMIT) + "…" : sql));
    }
    return new FleetFailure(Optional.of(failure.code().display()), redact.apply(failure.summary()), revision,
        location.map(l -> Paths.display(l.file())),
        location.filter(l -> l.line() > 0).map(l -> OptionalInt.of(l.line())).orElse(OptionalInt.empty()), statement,
        Optional.of(redact.apply(failure.hint())).filter(h -> !h.isBlank()));
  }

  /** Removes passwords: the target's own, wherever it stands, and those of any URL in the text. */
  private static final class Redaction {
    private final DatabaseUrl url;

    Redaction(String url) {
      DatabaseUrl parsed;
      try {
        parsed = DatabaseUrl.parse(url, java.nio.file.Path.of("").toAbsolutePath());
      } catch (RuntimeException unparsable) {
        parsed = null;
      }
      this.url = parsed;
    }

    String apply(String text) {
      String redacted = DatabaseUrl.redact(text == null ? "" : text);
      return url == null ? redacted : dev.retort.run.Connector.withoutPassword(redacted, url);
    }
  }
}
