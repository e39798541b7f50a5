package dev.retort.error;

import java.util.List;
import java.util.Optional;

/**
 * The root of every error a user can cause. The message is built by the subclass from its
 * fields; the CLI prints {@code error[code]: <location>: <summary>}, the detail lines, then
 * {@code fix: <hint>}.
 */
public abstract class RetortException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final transient Location location;
  private final List<String> details;
  private final String hint;

  protected RetortException(
      ErrorCode code, Location location, String summary, List<String> details, String hint) {
    this(code, location, summary, details, hint, null);
  }

  protected RetortException(
      ErrorCode code,
      Location location,
      String summary,
      List<String> details,
      String hint,
      Throwable cause) {
    super(summary, cause);
    this.code = code;
    this.location = location;
    this.details = List.copyOf(details);
    this.hint = hint;
  }

  public ErrorCode code() {
    return code;
  }

  public Optional<Location> location() {
    return Optional.ofNullable(location);
  }

  /** The one-line summary, without code or location. */
  public String summary() {
    return super.getMessage();
  }

  /** Further lines that explain the problem (candidates, the cycle, ...). */
  public List<String> details() {
    return details;
  }

  /** What to do about it, ideally a command to copy; may be empty. */
  public String hint() {
    return hint == null ? "" : hint;
  }

  /** The full text as the CLI shows it. */
  public String render() {
    StringBuilder out = new StringBuilder("error[").append(code.display()).append("]: ");
    if (location != null) {
      out.append(location).append(": ");
    }
    out.append(summary());
    for (String line : details) {
      out.append('\n').append("  ").append(line);
    }
    if (!hint().isEmpty()) {
      out.append('\n').append("fix: ").append(hint());
    }
    return out.toString();
  }

  @Override
  public String getMessage() {
    return render();
  }
}
