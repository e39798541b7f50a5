package dev.retort.spring;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A {@code retort.*} property or a DataSource set-up that Retort cannot start with. */
final class RetortConfigurationException extends RetortException {
  private static final long serialVersionUID = 1L;

  private RetortConfigurationException(ErrorCode code, String summary, List<String> details, String hint,
      Throwable cause) {
    super(code, null, summary, details, hint, cause);
  }

  /** No DataSource to migrate: none, or several and none marked. */
  static RetortConfigurationException noSingleDataSource() {
    return new RetortConfigurationException(ErrorCode.C002,
        "Retort migrates one DataSource, and the application has several without one marked @RetortDataSource",
        List.of(), "mark the DataSource to migrate with @RetortDataSource, or give Retort its own with retort.url",
        null);
  }

  /** The application's DataSource gave no connection, so its URL cannot be read for {@code retort.user}. */
  static RetortConfigurationException unreachable(SQLException cause) {
    return new RetortConfigurationException(ErrorCode.D002,
        "the application's DataSource gave no connection, so Retort cannot connect to it as retort.user: "
            + cause.getMessage(),
        List.of(), "check spring.datasource.* and that the database is running", cause);
  }

  /** A {@code retort.*} property that names nothing. */
  static RetortConfigurationException unknownProperty(String name, String origin, List<String> suggestions,
      List<String> known) {
    List<String> details = new ArrayList<>();
    details.add("set in " + origin);
    details.add("Retort's properties: " + String.join(", ", known));
    String hint = suggestions.isEmpty()
        ? "remove it, or use one of the properties above"
        : "did you mean " + String.join(" or ", suggestions) + "?";
    return new RetortConfigurationException(ErrorCode.C002, "unknown property " + name, details, hint, null);
  }

  /** A {@code retort.*} property whose value does not convert to its type. */
  static RetortConfigurationException badValue(String name, Object value, String origin, String expected,
      Throwable cause) {
    return new RetortConfigurationException(ErrorCode.C002,
        name + " is '" + value + "', which is not " + expected, List.of("set in " + origin),
        name + "=" + example(expected), cause);
  }

  private static String example(String expected) {
    return switch (expected) {
      case "true or false" -> "true";
      case "a duration such as 30s or 2m" -> "60s";
      default -> "<" + expected + ">";
    };
  }
}
