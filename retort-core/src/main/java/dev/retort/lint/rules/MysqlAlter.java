package dev.retort.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MySQL statement that changes an existing table, as the online DDL rules read it: {@code ALTER
 * TABLE}, {@code CREATE [UNIQUE|FULLTEXT|SPATIAL] INDEX ... ON t} or {@code DROP INDEX i ON t},
 * with its actions apart from its {@code ALGORITHM} and {@code LOCK} clauses.
 *
 * @param table the table, bare and lower case
 * @param actions the actions, normalised ({@code ADD INDEX IX (C)}); a {@code CREATE INDEX} is read
 *     as {@code ADD [UNIQUE|FULLTEXT|SPATIAL] INDEX}, a {@code DROP INDEX} as {@code DROP INDEX}
 * @param algorithm the stated algorithm ({@code INPLACE}, ...), empty when none is stated
 * @param lock the stated lock level ({@code NONE}, ...), empty when none is stated
 * @param alterTable whether the statement is an {@code ALTER TABLE} (else an index statement, whose
 *     clauses follow without commas)
 */
record MysqlAlter(String table, List<String> actions, String algorithm, String lock, boolean alterTable) {
  private static final String NAME = SqlText.NAME_PART + "(?:\\." + SqlText.NAME_PART + ")*";
  private static final Pattern ALGORITHM = Pattern.compile("^ALGORITHM(?: ?= ?| )(\\w+)$");
  private static final Pattern LOCK = Pattern.compile("^LOCK(?: ?= ?| )(\\w+)$");
  private static final Pattern INDEX_ALGORITHM =
      Pattern.compile("\\bALGORITHM(?: ?= ?| )(DEFAULT|INSTANT|INPLACE|NOCOPY|COPY)\\b");
  private static final Pattern INDEX_LOCK = Pattern.compile("\\bLOCK(?: ?= ?| )(DEFAULT|NONE|SHARED|EXCLUSIVE)\\b");
  private static final Pattern CREATE_INDEX = Pattern.compile(
      "^CREATE (?:(UNIQUE|FULLTEXT|SPATIAL) )?INDEX (" + NAME + ") (?:USING \\w+ )?ON (" + NAME + ")");
  private static final Pattern DROP_INDEX = Pattern.compile("^DROP INDEX (" + NAME + ") ON (" + NAME + ")");

  MysqlAlter {
    actions = List.copyOf(actions);
  }

  /** The statement as an online DDL change, or empty when it is none of the three kinds. */
  static Optional<MysqlAlter> of(StatementView statement) {
    if (statement.kind() == StatementView.Kind.ALTER_TABLE) {
      List<String> actions = new ArrayList<>();
      String algorithm = "";
      String lock = "";
      for (String clause : statement.clauses()) {
        Matcher a = ALGORITHM.matcher(clause);
        Matcher l = LOCK.matcher(clause);
        if (a.find()) {
          algorithm = a.group(1);
        } else if (l.find()) {
          lock = l.group(1);
        } else if (!clause.isEmpty()) {
          actions.add(clause);
        }
      }
      return Optional.of(new MysqlAlter(statement.table(), actions, algorithm, lock, true));
    }
    String norm = statement.norm();
    Matcher create = CREATE_INDEX.matcher(norm);
    if (create.find()) {
      String kind = create.group(1) == null ? "" : create.group(1) + " ";
      return Optional.of(new MysqlAlter(SqlText.bareName(create.group(3)),
          List.of("ADD " + kind + "INDEX " + create.group(2)), stated(INDEX_ALGORITHM, norm),
          stated(INDEX_LOCK, norm), false));
    }
    Matcher drop = DROP_INDEX.matcher(norm);
    if (drop.find()) {
      return Optional.of(new MysqlAlter(SqlText.bareName(drop.group(2)), List.of("DROP INDEX " + drop.group(1)),
          stated(INDEX_ALGORITHM, norm), stated(INDEX_LOCK, norm), false));
    }
    return Optional.empty();
  }

  /** Whether the stated algorithm makes MySQL refuse to copy the table: {@code INSTANT}, {@code INPLACE}, {@code NOCOPY}. */
  boolean refusesCopy() {
    return algorithm.equals("INSTANT") || algorithm.equals("INPLACE") || algorithm.equals("NOCOPY");
  }

  /**
   * The statement as written (whitespace collapsed, no trailing semicolon, any {@code
   * ALGORITHM=DEFAULT} or {@code LOCK=DEFAULT} left out) with {@code clauses} added at its end.
   */
  String withClauses(String sql, List<String> clauses) {
    String base = sql.strip().replaceAll(";+$", "").strip().replaceAll("\\s+", " ")
        .replaceAll("(?i) ?, ?(?:ALGORITHM|LOCK) ?=? ?DEFAULT\\b", "")
        .replaceAll("(?i)\\b(?:ALGORITHM|LOCK) ?=? ?DEFAULT\\b ?,? ?", "").strip();
    StringBuilder out = new StringBuilder(base);
    for (String clause : clauses) {
      out.append(alterTable ? ", " : " ").append(clause);
    }
    return out.toString();
  }

  private static String stated(Pattern pattern, String norm) {
    Matcher m = pattern.matcher(norm);
    return m.find() ? m.group(1).toUpperCase(Locale.ROOT) : "";
  }
}
