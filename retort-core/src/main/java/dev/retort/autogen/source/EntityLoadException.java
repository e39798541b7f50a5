package dev.retort.autogen.source;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** JPA entities that cannot be turned into a schema: a class that does not load, a mapping Hibernate refuses. */
public final class EntityLoadException extends RetortException {
  private static final long serialVersionUID = 1L;

  /**
   * @param summary what failed, naming the class, e.g. {@code entity com.example.Order does not load}
   * @param details the reason, one line each (the cause's message, the missing class)
   * @param hint what to change, e.g. {@code pass the folder with the compiled classes to --classpath}
   */
  public EntityLoadException(String summary, List<String> details, String hint, Throwable cause) {
    super(ErrorCode.M010, null, summary, details, hint, cause);
  }
}
