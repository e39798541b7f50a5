package dev.retort.lint.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds jsonb-only operators ({@code ? ?| ?& @> <@ #- @? @@}) whose left operand is a column
 * reference ({@code col}, {@code t.col}, {@code alias.col}, optionally followed by {@code -> key}
 * steps) and resolves the column's type in the database. {@code ->}, {@code ->>}, {@code #>} and
 * {@code #>>} exist for {@code json} too and are not flagged. A cast other than {@code ::json}
 * ({@code col::jsonb ? 'x'}) is the fix and is not flagged.
 */
final class JsonbOperators {
  private static final String IDENT = "(?:\"[^\"]+\"|[A-Za-z_][\\w$]*)";
  private static final Pattern USE = Pattern.compile(
      "(?<![\\w$.\"])(" + IDENT + "(?:\\s*\\.\\s*" + IDENT + "){0,2})"
          + "(?:\\s*::\\s*([A-Za-z_]+))?"
          + "(?:\\s*->\\s*(?:'[^']*'|\\d+))*"
          + "\\s*(\\?\\||\\?&|@>|<@|#-|@\\?|@@|\\?)");
  private static final Pattern TABLE_REF = Pattern.compile(
      "(?i)\\b(?:FROM|JOIN|UPDATE|INTO|TABLE)\\s+(?:ONLY\\s+)?(" + IDENT + "(?:\\." + IDENT + ")?)");

  private JsonbOperators() {}

  /**
   * One jsonb operator applied to a json column.
   *
   * @param column {@code table.column} as the database knows it
   * @param written the operand as written, e.g. {@code s.value}
   * @param operator the operator
   * @param offset where the operand starts in the statement
   */
  record Use(String column, String written, String operator, int offset) {}

  /** The uses in one statement of jsonb operators on columns whose type is {@code json}. */
  static List<Use> find(String sql, Map<String, String> columnTypes) {
    String masked = SqlText.maskLiterals(sql);
    Set<String> tables = tablesNamed(masked);
    List<Use> uses = new ArrayList<>();
    Matcher m = USE.matcher(masked);
    while (m.find()) {
      String cast = m.group(2);
      if (cast != null && !cast.equalsIgnoreCase("json")) {
        continue;
      }
      String column = jsonColumn(m.group(1), tables, columnTypes);
      if (column != null) {
        uses.add(new Use(column, m.group(1).replaceAll("\\s+", ""), m.group(3), m.start(1)));
      }
    }
    return uses;
  }

  /** The {@code table.column} the reference means, when it is a json column; else null. */
  private static String jsonColumn(String reference, Set<String> tables, Map<String, String> columnTypes) {
    String[] parts = reference.split("\\s*\\.\\s*");
    String column = SqlText.bareName(parts[parts.length - 1]).toLowerCase(Locale.ROOT);
    Set<String> candidates = new LinkedHashSet<>();
    String qualifier = parts.length > 1 ? SqlText.bareName(parts[parts.length - 2]).toLowerCase(Locale.ROOT) : "";
    if (columnTypes.containsKey(qualifier + "." + column)) {
      candidates.add(qualifier + "." + column);
    } else {
      for (String table : tables) {
        if (columnTypes.containsKey(table + "." + column)) {
          candidates.add(table + "." + column);
        }
      }
      if (candidates.isEmpty()) {
        columnTypes.keySet().stream().filter(k -> k.endsWith("." + column)).sorted().forEach(candidates::add);
      }
    }
    if (candidates.isEmpty() || !candidates.stream().allMatch(k -> columnTypes.get(k).equals("json"))) {
      return null;
    }
    return candidates.iterator().next();
  }

  private static Set<String> tablesNamed(String sql) {
    Set<String> tables = new LinkedHashSet<>();
    Matcher m = TABLE_REF.matcher(sql);
    while (m.find()) {
      tables.add(SqlText.bareName(m.group(1)).toLowerCase(Locale.ROOT));
    }
    return tables;
  }
}
