package dev.retort.dialect;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** A table, column, index or constraint name that Retort will not put into SQL unquoted. */
public final class IllegalIdentifierException extends RetortException {
  private static final long serialVersionUID = 1L;

  IllegalIdentifierException(String kind, String name, String why) {
    super(
        ErrorCode.D003,
        null,
        "illegal " + kind + " name '" + name + "': " + why,
        List.of("names are 1-63 characters of letters, digits and '_', not starting with a digit"
            + " (tables may be schema-qualified: schema.table)"),
        "rename it, e.g. '" + suggestion(name) + "'");
  }

  private static String suggestion(String name) {
    String cleaned = name == null ? "" : name.replaceAll("[^A-Za-z0-9_.]", "_");
    if (cleaned.isEmpty() || Character.isDigit(cleaned.charAt(0))) {
      cleaned = "t_" + cleaned;
    }
    return cleaned.length() > 63 ? cleaned.substring(0, 63) : cleaned;
  }
}
