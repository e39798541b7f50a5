package dev.retort.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the reflector reads from the SQL SQLite stores for views and indexes, and type spellings. */
final class SqliteSql {
  private static final Pattern VIEW = Pattern.compile("(?is)^\\s*CREATE\\s+(?:TEMP\\s+|TEMPORARY\\s+)?VIEW\\s+"
      + "(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:\"(?:[^\"]|\"\")*\"|`[^`]*`|\\[[^]]*]|[^\\s(]+)\\s*(?:\\([^)]*\\)\\s*)?AS\\s+(.*)$");
  /** Compiled once: a type is normalised for every column reflected. */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SPACE_AROUND_PUNCTUATION = Pattern.compile("\\s*([(),])\\s*");
  private static final Pattern KEY_SUFFIX = Pattern.compile("(?is)\\s+(?:COLLATE\\s+\\S+\\s*)?(?:ASC|DESC)?\\s*$");

  private SqliteSql() {}

  /** The query of a {@code CREATE VIEW} statement, as written. */
  static String viewDefinition(String createView) {
    Matcher m = VIEW.matcher(createView);
    return m.matches() ? m.group(1).trim() : createView.trim();
  }

  /** The keys of a {@code CREATE INDEX} statement as written, without {@code ASC}/{@code DESC}. */
  static List<String> indexKeys(String createIndex) {
    String group = keyGroup(createIndex);
    List<String> keys = new ArrayList<>();
    if (group == null) {
      return keys;
    }
    String inner = SqlTokens.inner(group);
    int depth = 0;
    int start = 0;
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        int end = inner.indexOf(c, i + 1);
        i = end < 0 ? inner.length() : end;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        keys.add(key(inner.substring(start, i)));
        start = i + 1;
      }
    }
    keys.add(key(inner.substring(start)));
    return keys;
  }

  private static String key(String text) {
    return KEY_SUFFIX.matcher(text.trim()).replaceFirst("").trim();
  }

  /** The {@code WHERE} condition of a partial index as written, or null. */
  static String indexPredicate(String createIndex) {
    String group = keyGroup(createIndex);
    if (group == null) {
      return null;
    }
    String rest = createIndex.substring(createIndex.indexOf(group) + group.length()).trim();
    if (rest.endsWith(";")) {
      rest = rest.substring(0, rest.length() - 1).trim();
    }
    return rest.regionMatches(true, 0, "WHERE", 0, 5) ? rest.substring(5).trim() : null;
  }

  /** The parenthesised key list after {@code ON table}, or null. */
  private static String keyGroup(String createIndex) {
    List<String> tokens = SqlTokens.tokenize(createIndex);
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (SqlTokens.upper(tokens.get(i)).equals("ON")) {
        for (int j = i + 1; j < tokens.size(); j++) {
          if (tokens.get(j).startsWith("(")) {
            return tokens.get(j);
          }
        }
      }
    }
    return null;
  }

  /**
   * A declared type in one spelling: lower case, single spaces, none around parentheses and
   * commas ({@code VARCHAR (20)} and {@code varchar(20)} are one type). SQLite keeps the declared
   * text and compares nothing else, so the spelling is all there is to normalise.
   */
  static String normalizeType(String declared) {
    String spaced = SPACES.matcher(declared.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
    return SPACE_AROUND_PUNCTUATION.matcher(spaced).replaceAll("$1");
  }

  /** The declared type of a generated column without the {@code GENERATED ALWAYS} SQLite appends. */
  static String withoutGeneratedSuffix(String type) {
    return type.replaceFirst("(?i)\\s*GENERATED\\s+ALWAYS\\s*$", "");
  }
}
