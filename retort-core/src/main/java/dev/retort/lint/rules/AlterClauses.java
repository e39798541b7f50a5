package dev.retort.lint.rules;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the actions of an {@code ALTER TABLE} (normalised text, see {@link SqlText}). Each
 * method returns the match, whose group 1 is the column or constraint name as written.
 */
final class AlterClauses {
  static final String NAME = "(" + SqlText.NAME_PART + ")";
  private static final Set<String> NOT_COLUMNS = Set.of(
      "CONSTRAINT", "PRIMARY", "FOREIGN", "UNIQUE", "CHECK", "INDEX", "KEY", "EXCLUDE", "PARTITION", "IF", "TO");
  private static final Pattern DROP_COLUMN = Pattern.compile("^DROP (?:COLUMN )?(?:(IF EXISTS) )?(?!COLUMN )" + NAME);
  private static final Pattern DROP_CONSTRAINT = Pattern.compile("^DROP CONSTRAINT (?:(IF EXISTS) )?" + NAME);
  private static final Pattern RENAME_TABLE = Pattern.compile("^RENAME TO " + NAME);
  private static final Pattern RENAME_COLUMN =
      Pattern.compile("^RENAME (?:COLUMN )?(?!COLUMN )" + NAME + " TO " + NAME);
  private static final Pattern ADD_COLUMN = Pattern.compile("^ADD (?:COLUMN )?(?:IF NOT EXISTS )?" + NAME + "(.*)$");
  private static final Pattern ADD_FK_OR_CHECK =
      Pattern.compile("^ADD (?:CONSTRAINT " + NAME + " )?(FOREIGN KEY|CHECK)\\b");
  /**
   * {@code ALTER [COLUMN] c}: the column name is never the keyword {@code COLUMN} itself (reserved
   * in PostgreSQL), so {@code ALTER COLUMN type DROP NOT NULL} is not read as column {@code COLUMN},
   * action {@code TYPE}.
   */
  private static final String ALTER_COLUMN = "^ALTER (?:COLUMN )?(?!COLUMN )" + NAME;
  private static final Pattern ALTER_TYPE = Pattern.compile(ALTER_COLUMN + " (?:SET DATA )?TYPE ");
  private static final Pattern SET_NOT_NULL = Pattern.compile(ALTER_COLUMN + " SET NOT NULL\\b");
  private static final Pattern MODIFY = Pattern.compile("^MODIFY (?:COLUMN )?(?!COLUMN )" + NAME + " (.+)$");
  private static final Pattern CHANGE = Pattern.compile("^CHANGE (?:COLUMN )?(?!COLUMN )" + NAME + " " + NAME + " (.+)$");

  private AlterClauses() {}

  /** {@code DROP [COLUMN] [IF EXISTS] c}; group 1 {@code IF EXISTS} or null, group 2 the column. */
  static Optional<Matcher> dropColumn(String clause) {
    Matcher m = DROP_COLUMN.matcher(clause);
    return m.find() && !NOT_COLUMNS.contains(m.group(2)) ? Optional.of(m) : Optional.empty();
  }

  /** {@code DROP CONSTRAINT [IF EXISTS] c}; group 1 {@code IF EXISTS} or null, group 2 the constraint. */
  static Optional<Matcher> dropConstraint(String clause) {
    return match(DROP_CONSTRAINT, clause);
  }

  /** {@code RENAME TO t}; group 1 the new name. */
  static Optional<Matcher> renameTable(String clause) {
    return match(RENAME_TABLE, clause);
  }

  /** {@code RENAME [COLUMN] a TO b}; group 1 the old name, group 2 the new. */
  static Optional<Matcher> renameColumn(String clause) {
    Matcher m = RENAME_COLUMN.matcher(clause);
    return m.find() && !NOT_COLUMNS.contains(m.group(1)) ? Optional.of(m) : Optional.empty();
  }

  /** {@code ADD [COLUMN] [IF NOT EXISTS] c <definition>}; group 1 the column, group 2 the rest. */
  static Optional<Matcher> addColumn(String clause) {
    Matcher m = ADD_COLUMN.matcher(clause);
    return m.find() && !NOT_COLUMNS.contains(m.group(1)) ? Optional.of(m) : Optional.empty();
  }

  /** {@code ADD [CONSTRAINT n] FOREIGN KEY | CHECK}; group 1 the name or null, group 2 the kind. */
  static Optional<Matcher> addForeignKeyOrCheck(String clause) {
    return match(ADD_FK_OR_CHECK, clause);
  }

  /** {@code ALTER [COLUMN] c [SET DATA] TYPE t}; group 1 the column. */
  static Optional<Matcher> alterType(String clause) {
    return match(ALTER_TYPE, clause);
  }

  /** {@code ALTER [COLUMN] c SET NOT NULL}; group 1 the column. */
  static Optional<Matcher> setNotNull(String clause) {
    return match(SET_NOT_NULL, clause);
  }

  /** MySQL's {@code MODIFY [COLUMN] c <definition>}; group 1 the column, group 2 the definition. */
  static Optional<Matcher> modifyColumn(String clause) {
    return match(MODIFY, clause);
  }

  /**
   * MySQL's {@code CHANGE [COLUMN] old new <definition>}; group 1 the old name, group 2 the new,
   * group 3 the definition.
   */
  static Optional<Matcher> changeColumn(String clause) {
    return match(CHANGE, clause);
  }

  private static Optional<Matcher> match(Pattern pattern, String clause) {
    Matcher m = pattern.matcher(clause);
    return m.find() ? Optional.of(m) : Optional.empty();
  }

  /** A name as written in the normalised text, for messages: lower case unless quoted. */
  static String shown(String written) {
    return written.startsWith("\"") || written.startsWith("`") ? written : written.toLowerCase(java.util.Locale.ROOT);
  }
}
