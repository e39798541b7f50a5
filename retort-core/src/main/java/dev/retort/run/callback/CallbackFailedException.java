package dev.retort.run.callback;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.util.ArrayList;
import java.util.List;

/**
 * A callback failed: names the SQL file, line and statement (or the Java callback and its error),
 * the event and revision, and what the run left applied.
 */
public final class CallbackFailedException extends RetortException {
  private static final long serialVersionUID = 1L;

  private final transient Failure failure;

  /** What failed, before the run adds the state it left. */
  record Failure(CallbackEvent event, String revision, Location location, String what, String statement,
      Throwable cause) {}

  private CallbackFailedException(Failure failure, String stateLeft, String hint) {
    super(ErrorCode.V030, failure.location(), summary(failure), details(failure, stateLeft), hint, failure.cause());
    this.failure = failure;
  }

  static CallbackFailedException of(Failure failure) {
    return new CallbackFailedException(failure, "", "");
  }

  /** The same failure, saying what the run left: {@code stateLeft}, and how to go on: {@code hint}. */
  public CallbackFailedException withState(String stateLeft, String hint) {
    return new CallbackFailedException(failure, stateLeft, hint);
  }

  private static String summary(Failure f) {
    return f.event().fileStem() + " callback " + f.what()
        + (f.revision() == null ? "" : " (revision " + f.revision() + ")") + " failed: " + oneLine(f.cause());
  }

  private static List<String> details(Failure f, String stateLeft) {
    List<String> lines = new ArrayList<>();
    if (f.statement() != null) {
      String sql = f.statement().length() > 200 ? f.statement().substring(0, 200) + "…" : f.statement();
      lines.add("statement: " + sql.replace("\n", "\n             "));
    }
    if (!stateLeft.isEmpty()) {
      lines.add(stateLeft);
    }
    return lines;
  }

  private static String oneLine(Throwable cause) {
    String message = cause.getMessage();
    if (message == null || message.isBlank()) {
      return cause.getClass().getSimpleName();
    }
    return message.strip().replace('\n', ' ');
  }
}
