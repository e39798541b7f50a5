package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.util.List;

/** A Java revision must be compiled and this Java has no compiler: a JRE, not a JDK (S009). */
public final class NoJavaCompilerException extends RetortException {
  private static final long serialVersionUID = 1L;

  NoJavaCompilerException(String revision, Location file) {
    super(
        ErrorCode.S009,
        file,
        "Java revisions need a JDK, not a JRE: revision " + revision + " must be compiled and "
            + System.getProperty("java.home", "this Java") + " has no Java compiler",
        List.of("nothing was run"),
        "run with a JDK (set JAVA_HOME to a JDK 17 or newer), or write this revision as a .sql file");
  }
}
