package dev.retort.lint.rules;

import dev.retort.lint.rules.StatementView.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.drop.Drop;

/**
 * Classifies a statement: JSqlParser first; when it cannot parse the statement (PostgreSQL syntax
 * such as {@code CREATE INDEX CONCURRENTLY} or {@code NOT VALID}), a token check on the
 * normalised text. Never throws on bad SQL: an unrecognised statement is {@link Kind#OTHER}.
 */
final class StatementClassifier {
  private static final String NAME = SqlText.NAME_PART + "(?:\\." + SqlText.NAME_PART + ")*";
  private static final Pattern ALTER =
      Pattern.compile("^ALTER TABLE (?:IF EXISTS )?(?:ONLY )?(" + NAME + ")(?: ?\\*)? ?(.*)$");
  private static final Pattern CREATE_TABLE = Pattern.compile(
      "^CREATE (?:(?:GLOBAL |LOCAL )?(?:TEMPORARY |TEMP )|UNLOGGED )?TABLE (?:IF NOT EXISTS )?(" + NAME + ")");
  private static final Pattern CREATE_INDEX = Pattern.compile(
      "^CREATE (?:UNIQUE )?INDEX (?:CONCURRENTLY )?(?:IF NOT EXISTS )?(?:(?!ON )(" + NAME + ") )?ON (?:ONLY )?("
          + NAME + ")");
  /** Views, materialized views and sequences; not {@code OR REPLACE}, which may keep an old view. */
  private static final Pattern CREATE_OTHER = Pattern.compile(
      "^CREATE (?:(?:GLOBAL |LOCAL )?(?:TEMPORARY |TEMP )|UNLOGGED )?(?:RECURSIVE )?"
          + "(?:MATERIALIZED VIEW|VIEW|SEQUENCE) (?:IF NOT EXISTS )?(" + NAME + ")");
  private static final Pattern DROP = Pattern.compile(
      "^DROP (TABLE|INDEX|VIEW|MATERIALIZED VIEW|SEQUENCE|TYPE|SCHEMA|FUNCTION|TRIGGER)(?: CONCURRENTLY)?"
          + "( IF EXISTS)? (?!IF EXISTS\\b)(.+)$");

  private static final Pattern PARSED_KINDS = Pattern.compile("ALTER TABLE |DROP |CREATE (UNIQUE )?INDEX ");

  private StatementClassifier() {}

  static StatementView classify(String sql, int line) {
    String norm = SqlText.normalise(sql);
    // only statements a rule can flag are parsed: JSqlParser costs ~0.3 ms a statement, and a
    // history is mostly CREATE TABLE, whose name is all the rules need
    Statement parsed = PARSED_KINDS.matcher(norm).lookingAt() ? parse(sql) : null;
    Matcher m;
    if ((m = ALTER.matcher(norm)).find()) {
      String table = parsed instanceof Alter a && a.getTable() != null ? a.getTable().getName() : m.group(1);
      return view(sql, line, norm, Kind.ALTER_TABLE, "", List.of(SqlText.bareName(table)), false,
          SqlText.topLevelCommaSplit(m.group(2)), parsed instanceof Alter);
    }
    if ((m = CREATE_TABLE.matcher(norm)).find()) {
      String table = SqlText.bareName(m.group(1));
      return new StatementView(sql, line, norm, Kind.CREATE_TABLE, "", List.of(table), false, List.of(), false, table);
    }
    if ((m = CREATE_INDEX.matcher(norm)).find()) {
      String table = parsed instanceof CreateIndex c && c.getTable() != null ? c.getTable().getName() : m.group(2);
      String index = m.group(1) == null ? "" : SqlText.bareName(m.group(1));
      return new StatementView(sql, line, norm, Kind.CREATE_INDEX, "", List.of(SqlText.bareName(table)), false,
          List.of(), parsed instanceof CreateIndex, index);
    }
    if ((m = DROP.matcher(norm)).find()) {
      List<String> names = dropNames(m.group(3));
      // JSqlParser reads some PostgreSQL forms wrongly (DROP INDEX CONCURRENTLY x: an index named
      // "concurrently"), so its reading is used only where the token reading agrees on the name
      if (parsed instanceof Drop d && d.getName() != null
          && names.equals(List.of(SqlText.bareName(d.getName().getName())))) {
        return view(sql, line, norm, Kind.DROP, d.getType().toUpperCase(Locale.ROOT), names, d.isIfExists(), List.of(),
            true);
      }
      return view(sql, line, norm, Kind.DROP, m.group(1), names, m.group(2) != null, List.of(), false);
    }
    String created = (m = CREATE_OTHER.matcher(norm)).find() ? SqlText.bareName(m.group(1)) : "";
    return new StatementView(sql, line, norm, Kind.OTHER, "", List.of(), false, List.of(), parsed != null, created);
  }

  private static StatementView view(String sql, int line, String norm, Kind kind, String objectType,
      List<String> tables, boolean ifExists, List<String> clauses, boolean parsed) {
    return new StatementView(sql, line, norm, kind, objectType, tables, ifExists, clauses, parsed, "");
  }

  /** {@code a, s.b CASCADE} gives {@code [a, b]}. */
  private static List<String> dropNames(String rest) {
    String names = rest.replaceAll(" (CASCADE|RESTRICT)$", "");
    List<String> out = new ArrayList<>();
    for (String name : SqlText.topLevelCommaSplit(names)) {
      if (!name.isEmpty()) {
        out.add(SqlText.bareName(name.split(" ")[0]));
      }
    }
    return out;
  }

  /** The JSqlParser tree, or null when it cannot parse the statement (never throws). */
  static Statement parse(String sql) {
    try {
      return CCJSqlParserUtil.newParser(sql).Statement();
    } catch (Exception | StackOverflowError e) {
      return null;
    }
  }
}
