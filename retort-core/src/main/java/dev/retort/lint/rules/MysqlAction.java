package dev.retort.lint.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How MySQL 8 and MariaDB (InnoDB) carry out one action of an {@code ALTER TABLE}, as their online
 * DDL documentation describes it. A {@code MODIFY}/{@code CHANGE} is judged with {@link
 * MysqlTypeChange} from the column's earlier definition.
 *
 * @param kind how the action runs
 * @param what the action in a few words, for messages ({@code ADD FULLTEXT INDEX})
 * @param column for a {@code MODIFY}/{@code CHANGE}: the column; else empty
 * @param change for a {@code MODIFY}/{@code CHANGE}: what it does to the type; else {@code SAME}
 */
record MysqlAction(Kind kind, String what, String column, MysqlTypeChange.Kind change) {
  private static final String NAME = AlterClauses.NAME;
  private static final Pattern ADD_INDEX =
      Pattern.compile("^ADD (?:CONSTRAINT (?:" + NAME + " )?)?(?:UNIQUE ?(?:INDEX |KEY )?|INDEX\\b|KEY\\b)");
  private static final Pattern ADD_TEXT_INDEX = Pattern.compile("^ADD (FULLTEXT|SPATIAL)\\b");
  private static final Pattern DROP_INDEX = Pattern.compile("^DROP (?:INDEX|KEY) ");
  private static final Pattern RENAME_INDEX = Pattern.compile("^RENAME (?:INDEX|KEY) ");
  private static final Pattern DROP_FOREIGN_KEY = Pattern.compile("^DROP FOREIGN KEY ");
  private static final Pattern ADD_FOREIGN_KEY = Pattern.compile("^ADD (?:CONSTRAINT (?:" + NAME + " )?)?FOREIGN KEY\\b");
  private static final Pattern DROP_PRIMARY_KEY = Pattern.compile("^DROP PRIMARY KEY$");
  private static final Pattern ADD_PRIMARY_KEY = Pattern.compile("^ADD (?:CONSTRAINT (?:" + NAME + " )?)?PRIMARY KEY\\b");
  private static final Pattern CONVERT = Pattern.compile("^CONVERT TO (?:CHARACTER SET|CHARSET)\\b");
  private static final Pattern DEFAULT_CHANGE = Pattern.compile("^ALTER (?:COLUMN )?(?!COLUMN )" + NAME
      + " (?:SET DEFAULT\\b|DROP DEFAULT$)");
  private static final Pattern RENAME_TABLE = Pattern.compile("^RENAME (?:TO |AS )?(?!COLUMN |INDEX |KEY )" + NAME + "$");
  private static final Pattern STORED = Pattern.compile("\\bSTORED\\b");
  private static final Pattern ADDS_KEY = Pattern.compile("\\b(?:UNIQUE|PRIMARY KEY)\\b");

  /** The ways an action runs. */
  enum Kind {
    /** Only metadata changes, whatever the algorithm: renaming the table, setting a default. */
    METADATA,
    /** Instant on MySQL 8.0.29+ and MariaDB 10.4+: adding, dropping or renaming a column. */
    INSTANT,
    /** In place while writes go on (an index added or dropped, a type kept): {@code LOCK=NONE} holds. */
    ONLINE,
    /**
     * Never with concurrent writes: a FULLTEXT/SPATIAL index, an AUTO_INCREMENT or STORED column,
     * dropping the primary key, converting the character set.
     */
    BLOCKING,
    /** A foreign key: a table copy unless {@code foreign_key_checks} is off. */
    FOREIGN_KEY,
    /** A {@code MODIFY}/{@code CHANGE} that changes (or may change) the column's type. */
    TYPE_CHANGE,
    /** Anything else: not known to be online. */
    OTHER
  }

  /**
   * @param clause one action, normalised
   * @param addsPrimaryKey whether the same statement adds a primary key (dropping the old one is then a rebuild in place)
   * @param definitions the earlier column definitions, for {@code MODIFY}/{@code CHANGE}
   * @param statement the statement, the key into {@code definitions}
   */
  static MysqlAction of(String clause, boolean addsPrimaryKey, ColumnDefinitions definitions, StatementView statement) {
    Optional<Matcher> modify = AlterClauses.modifyColumn(clause).or(() -> AlterClauses.changeColumn(clause));
    if (modify.isPresent()) {
      Matcher m = modify.get();
      String column = SqlText.bareName(m.group(1));
      Optional<String> old = definitions == null ? Optional.empty() : definitions.before(statement, column);
      MysqlTypeChange.Kind change = MysqlTypeChange.of(old, m.group(m.groupCount()));
      boolean kept = change == MysqlTypeChange.Kind.SAME || change == MysqlTypeChange.Kind.IN_PLACE;
      return new MysqlAction(kept ? Kind.ONLINE : Kind.TYPE_CHANGE, clause.startsWith("MODIFY") ? "MODIFY" : "CHANGE",
          AlterClauses.shown(m.group(1)), change);
    }
    if (ADD_TEXT_INDEX.matcher(clause).find()) {
      return simple(Kind.BLOCKING, "ADD " + clause.split(" ")[1] + " INDEX");
    }
    Optional<Matcher> add = AlterClauses.addColumn(clause);
    if (add.isPresent()) {
      String definition = " " + add.get().group(2) + " ";
      if (definition.contains(" AUTO_INCREMENT ")) {
        return simple(Kind.BLOCKING, "ADD COLUMN ... AUTO_INCREMENT");
      }
      if (STORED.matcher(definition).find()) {
        return simple(Kind.BLOCKING, "ADD COLUMN ... STORED (a stored generated column)");
      }
      return simple(ADDS_KEY.matcher(definition).find() ? Kind.ONLINE : Kind.INSTANT, "ADD COLUMN");
    }
    if (ADD_FOREIGN_KEY.matcher(clause).find()) {
      return simple(Kind.FOREIGN_KEY, "ADD FOREIGN KEY");
    }
    if (DROP_PRIMARY_KEY.matcher(clause).find()) {
      return addsPrimaryKey ? simple(Kind.ONLINE, "DROP PRIMARY KEY") : simple(Kind.BLOCKING,
          "DROP PRIMARY KEY (without adding another)");
    }
    if (CONVERT.matcher(clause).find()) {
      return simple(Kind.BLOCKING, "CONVERT TO CHARACTER SET");
    }
    if (ADD_PRIMARY_KEY.matcher(clause).find()) {
      return simple(Kind.OTHER, "ADD PRIMARY KEY");
    }
    if (ADD_INDEX.matcher(clause).find()) {
      return simple(Kind.ONLINE, "ADD INDEX");
    }
    if (DROP_INDEX.matcher(clause).find() || RENAME_INDEX.matcher(clause).find()) {
      return simple(Kind.ONLINE, clause.startsWith("DROP") ? "DROP INDEX" : "RENAME INDEX");
    }
    if (DROP_FOREIGN_KEY.matcher(clause).find()) {
      return simple(Kind.ONLINE, "DROP FOREIGN KEY");
    }
    if (DEFAULT_CHANGE.matcher(clause).find() || RENAME_TABLE.matcher(clause).find()) {
      return simple(Kind.METADATA, "metadata");
    }
    if (AlterClauses.renameColumn(clause).isPresent() || AlterClauses.dropColumn(clause).isPresent()) {
      return simple(Kind.INSTANT, clause.startsWith("RENAME") ? "RENAME COLUMN" : "DROP COLUMN");
    }
    return simple(Kind.OTHER, clause.split(" ")[0]);
  }

  private static MysqlAction simple(Kind kind, String what) {
    return new MysqlAction(kind, what, "", MysqlTypeChange.Kind.SAME);
  }
}
