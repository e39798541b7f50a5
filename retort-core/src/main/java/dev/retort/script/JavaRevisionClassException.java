package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.util.List;

/**
 * A compiled Java revision has no usable class (S010): no class carries {@code @Revision} with
 * the file's id, the class does not implement {@code Migration}, or it cannot be instantiated.
 */
public final class JavaRevisionClassException extends RetortException {
  private static final long serialVersionUID = 1L;

  JavaRevisionClassException(Location file, String summary, String hint, Throwable cause) {
    super(ErrorCode.S010, file, summary, List.of("nothing was run"), hint, cause);
  }
}
