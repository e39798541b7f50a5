package dev.retort.dialect;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks names before they go into SQL: Retort validates identifiers instead of quoting them, so
 * the SQL it writes reads like hand-written SQL and PostgreSQL folds names to lower case as usual.
 */
public final class Identifiers {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
  private static final Pattern ORDERED = Pattern.compile("(?i)([A-Za-z_][A-Za-z0-9_]{0,62})(\\s+(ASC|DESC))?");

  private Identifiers() {}

  /** A column, index or constraint name. */
  public static String name(String kind, String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalIdentifierException(kind, String.valueOf(name), "it is empty");
    }
    if (!NAME.matcher(name).matches()) {
      String why = name.length() > 63 ? "it is longer than 63 characters"
          : Character.isDigit(name.charAt(0)) ? "it starts with a digit" : "it has characters other than letters, digits and '_'";
      throw new IllegalIdentifierException(kind, name, why);
    }
    return name;
  }

  /** A table name, optionally {@code schema.table}. */
  public static String table(String name) {
    if (name != null && name.indexOf('.') > 0 && name.indexOf('.') == name.lastIndexOf('.')) {
      name("schema", name.substring(0, name.indexOf('.')));
      name("table", name.substring(name.indexOf('.') + 1));
      return name;
    }
    return name("table", name);
  }

  /** Column names. */
  public static List<String> columns(List<String> names) {
    for (String n : names) {
      name("column", n);
    }
    return names;
  }

  /**
   * An index element: a column, optionally {@code ASC}/{@code DESC}, or an expression in which
   * case it must contain parentheses (e.g. {@code lower(email)}) and is used as written.
   */
  public static String indexElement(String element) {
    if (element != null && element.contains("(")) {
      return element;
    }
    if (element == null || !ORDERED.matcher(element.strip()).matches()) {
      throw new IllegalIdentifierException("index column", String.valueOf(element),
          "it is neither a column name (optionally ASC/DESC) nor an expression in parentheses");
    }
    return element.strip();
  }
}
