package dev.retort.dialect.mysql;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What MySQL 8 and MariaDB print differently, brought to one spelling so that the diff sees no
 * phantom changes: type names ({@code int(11)} and {@code int}), defaults ({@code 'x'} and {@code x},
 * {@code current_timestamp()} and {@code CURRENT_TIMESTAMP}), and expressions (MySQL's character
 * set introducers {@code _utf8mb4'a'} and the outer parentheses it adds). Every form produced is
 * one MySQL and MariaDB accept back in DDL, and print again the same way.
 */
final class MysqlText {
  private static final Pattern DISPLAY_WIDTH =
      Pattern.compile("^(tinyint|smallint|mediumint|int|integer|bigint|year)\\(\\d+\\)(.*)$");
  private static final Pattern NOW = Pattern.compile("(?i)(?:current_timestamp|now|localtimestamp|localtime)(?:\\((\\d*)\\))?");
  private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
  private static final Pattern BIT_OR_HEX = Pattern.compile("(?i)[bx]'[0-9a-f]*'|0x[0-9a-f]+");
  private static final Pattern INTRODUCER = Pattern.compile("_[a-z0-9]+(?=')");
  private static final Set<String> NUMERIC = Set.of("tinyint", "smallint", "mediumint", "int", "integer", "bigint",
      "decimal", "numeric", "float", "double", "real", "bit", "year");

  private MysqlText() {}

  /**
   * A column type in one spelling: lower case outside quotes (enum labels keep their case), integer
   * display widths dropped as MySQL 8 drops them ({@code tinyint(1)}, the boolean, and {@code
   * zerofill} types keep theirs).
   */
  static String normalizeType(String columnType) {
    String type = lowerOutsideQuotes(columnType.strip()).replaceAll("\\s+", " ");
    Matcher m = DISPLAY_WIDTH.matcher(type);
    if (m.matches() && !type.startsWith("tinyint(1)") && !type.contains("zerofill")) {
      type = m.group(1).replace("integer", "int") + m.group(2);
    }
    return type;
  }

  /**
   * A column default as DDL writes it, or null for none.
   *
   * @param dataType {@code information_schema.columns.data_type}
   * @param printed {@code column_default} as the server prints it
   * @param extra {@code extra} ({@code DEFAULT_GENERATED}, {@code on update ...})
   * @param mariadb whether MariaDB printed it (it prints defaults as SQL; MySQL prints a literal's value)
   */
  static String defaultExpression(String dataType, String printed, String extra, boolean mariadb) {
    String base = mariadb ? mariadbDefault(printed) : mysqlDefault(dataType, printed, extra);
    String lowerExtra = extra == null ? "" : extra.toLowerCase(Locale.ROOT);
    int onUpdate = lowerExtra.indexOf("on update ");
    if (onUpdate < 0) {
      return base;
    }
    String function = function(extra.substring(onUpdate + "on update ".length()).strip());
    return (base == null ? "NULL" : base) + " ON UPDATE " + function;
  }

  private static String mariadbDefault(String printed) {
    if (printed == null || printed.equals("NULL")) {
      return null;
    }
    if (printed.startsWith("'") && printed.endsWith("'") && printed.length() >= 2) {
      return quote(unescape(printed.substring(1, printed.length() - 1)));
    }
    if (NUMBER.matcher(printed).matches() || BIT_OR_HEX.matcher(printed).matches()) {
      return printed;
    }
    return function(printed);
  }

  private static String mysqlDefault(String dataType, String printed, String extra) {
    if (printed == null) {
      return null;
    }
    boolean generated = extra != null && extra.toUpperCase(Locale.ROOT).contains("DEFAULT_GENERATED");
    if (generated) {
      return function(withoutIntroducers(printed.replace("\\'", "'")));
    }
    String type = dataType == null ? "" : dataType.toLowerCase(Locale.ROOT);
    if (NUMERIC.contains(type) && (NUMBER.matcher(printed).matches() || BIT_OR_HEX.matcher(printed).matches())) {
      return printed;
    }
    return quote(printed);
  }

  /** {@code CURRENT_TIMESTAMP[(n)]} for the current-time functions; any other expression in parentheses. */
  private static String function(String expression) {
    Matcher m = NOW.matcher(expression);
    if (m.matches()) {
      return m.group(1) == null || m.group(1).isEmpty() ? "CURRENT_TIMESTAMP" : "CURRENT_TIMESTAMP(" + m.group(1) + ")";
    }
    return wrapped(expression) ? expression : "(" + expression + ")";
  }

  /** A string literal MySQL reads back as {@code value}: quotes doubled, backslashes escaped. */
  static String quote(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  /** The value of a literal's body as MariaDB prints it ({@code \'}, {@code \\}, {@code ''}, {@code \n}...). */
  static String unescape(String body) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && i + 1 < body.length()) {
        char next = body.charAt(++i);
        out.append(switch (next) {
          case 'n' -> '\n';
          case 't' -> '\t';
          case 'r' -> '\r';
          case '0' -> '\0';
          case 'Z' -> '\u001a';
          case 'b' -> '\b';
          default -> next;
        });
      } else if (c == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'') {
        out.append('\'');
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * An expression (check, generation, index key) in one spelling: character set introducers
   * removed and one pair of outer parentheses taken off, as MySQL 8 adds them and MariaDB does not.
   */
  static String expression(String printed) {
    String text = withoutIntroducers(printed.strip());
    return wrapped(text) ? text.substring(1, text.length() - 1).strip() : text;
  }

  /** A view's query with the names qualified by its own database ({@code `shop`.}) left unqualified. */
  static String viewDefinition(String printed, String database) {
    String qualifier = "`" + database + "`.";
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < printed.length(); i++) {
      char c = printed.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      }
      if (!quoted && printed.startsWith(qualifier, i)) {
        i += qualifier.length() - 1;
        continue;
      }
      out.append(c);
    }
    return out.toString().strip();
  }

  /** The text without character set introducers ({@code _utf8mb4'a'} is {@code 'a'}) outside string literals. */
  private static String withoutIntroducers(String text) {
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '_' && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
        Matcher m = INTRODUCER.matcher(text).region(i, text.length());
        if (m.lookingAt()) {
          i = m.end() - 1;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '`' || c == '$';
  }

  /** Whether the text is one parenthesised group. */
  static boolean wrapped(String text) {
    if (!text.startsWith("(") || !text.endsWith(")")) {
      return false;
    }
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && --depth == 0) {
        return i == text.length() - 1;
      }
    }
    return false;
  }

  private static String lowerOutsideQuotes(String text) {
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    for (char c : text.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      }
      out.append(quoted ? c : Character.toLowerCase(c));
    }
    return out.toString();
  }
}
