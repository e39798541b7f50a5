package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.util.List;

/**
 * A Java revision does not compile (S008): names the file and line of the first error with the
 * compiler's message; the other errors follow as detail lines.
 */
public final class JavaCompileException extends RetortException {
  private static final long serialVersionUID = 1L;

  JavaCompileException(String revision, Location first, String message, List<String> others) {
    super(
        ErrorCode.S008,
        first,
        "Java revision " + revision + " does not compile: " + message,
        details(others),
        "fix the error in " + first + " and run the same command again");
  }

  private static List<String> details(List<String> others) {
    List<String> lines = new java.util.ArrayList<>(others);
    lines.add("nothing was run: every Java revision of a run is compiled before the first step");
    return lines;
  }
}
