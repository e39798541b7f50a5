package dev.retort.autogen.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random MySQL/MariaDB schema as DDL, in the manner of {@link RandomSchema}: up to four tables
 * out of a fixed pool, each with an integer key (a primary key, sometimes {@code AUTO_INCREMENT}, or
 * for a quarter of them a unique constraint), columns of several types, nullability and defaults
 * (text defaults backslashes and quotes included), an inline {@code ENUM} column, column and table
 * comments, named unique and check constraints, indexes (descending keys and column prefixes),
 * foreign keys added once all tables exist (cycles and self references included, ON DELETE and ON
 * UPDATE rules), a generated column (VIRTUAL or STORED; only in tables t2 and t3, whose keys never
 * count, since MySQL computes nothing from an {@code AUTO_INCREMENT} column) and views.
 */
final class RandomMysqlSchema {
  private static final String[] TYPES = {"INTEGER", "TEXT", "DOUBLE", "VARCHAR(20)", "VARCHAR(40)", "NUMERIC(10,2)",
      "BIGINT UNSIGNED", "DATETIME"};
  private static final String[] TEXT_DEFAULTS = {null, "'x'", "'it''s'", "'back\\\\slash'"};
  private static final String[] NUMBER_DEFAULTS = {null, null, "0", "1"};

  private RandomMysqlSchema() {}

  static RandomSchema of(Random random) {
    List<String> tables = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      if (random.nextInt(3) > 0) {
        tables.add("t" + t);
      }
    }
    List<String> ddl = new ArrayList<>();
    List<String> later = new ArrayList<>();
    for (String table : tables) {
      String create = table(random, table, tables, later);
      ddl.add(create);
      if (random.nextInt(3) == 0) {
        later.add("ALTER TABLE " + table + " COMMENT = '" + (random.nextBoolean() ? "one" : "two") + "'");
      }
      RandomSchema.views(random, table, create, later);
    }
    ddl.addAll(later);
    return new RandomSchema(ddl);
  }

  private static String table(Random random, String table, List<String> tables, List<String> later) {
    boolean keyed = random.nextInt(4) > 0;
    // MySQL computes no column from an AUTO_INCREMENT one, not even for a moment between two statements of a
    // diff, so the first two tables may count and the last two may have a generated column
    boolean numbered = table.equals("t0") || table.equals("t1");
    boolean counted = keyed && numbered && random.nextInt(2) == 0;
    List<String> elements = new ArrayList<>(List.of(!keyed ? "id INTEGER"
        : counted ? "id INTEGER AUTO_INCREMENT PRIMARY KEY" : "id INTEGER PRIMARY KEY"));
    List<String> indexable = new ArrayList<>();
    List<String> referencing = new ArrayList<>();
    List<String> constraints = new ArrayList<>();
    if (!keyed) {
      constraints.add("CONSTRAINT uq_" + table + "_id UNIQUE (id)");
    }
    for (int c = 0; c < 5; c++) {
      if (random.nextBoolean()) {
        continue;
      }
      String name = "c" + c;
      String type = TYPES[random.nextInt(TYPES.length)];
      boolean text = type.equals("TEXT") || type.startsWith("VARCHAR");
      String[] defaults = text ? TEXT_DEFAULTS : type.equals("DATETIME") ? new String[] {null, "CURRENT_TIMESTAMP"}
          : NUMBER_DEFAULTS;
      String dflt = defaults[random.nextInt(defaults.length)];
      boolean notNull = random.nextInt(3) == 0;
      elements.add(name + " " + type + (dflt == null ? "" : " DEFAULT " + dflt) + (notNull ? " NOT NULL" : ""));
      if (!type.equals("TEXT")) {
        indexable.add(name);
      } else if (random.nextInt(3) == 0) {
        later.add("CREATE INDEX ix_" + table + "_" + name + "_prefix ON " + table + " (" + name + "(8))");
      }
      if (type.equals("INTEGER") && random.nextInt(3) == 0) {
        String target = tables.get(random.nextInt(tables.size()));
        referencing.add(name);
        later.add("ALTER TABLE " + table + " ADD CONSTRAINT fk_" + table + "_" + name + " FOREIGN KEY (" + name
            + ") REFERENCES " + target + " (id)" + (random.nextBoolean() ? " ON DELETE CASCADE" : "")
            // MariaDB refuses to cascade an update from a column that may be NULL (an unkeyed table's id) into a NOT NULL one
            + (!notNull && random.nextInt(4) == 0 ? " ON UPDATE CASCADE" : ""));
      }
    }
    if (random.nextInt(3) == 0) {
      elements.add("mood_col ENUM('sad', 'ok')" + (random.nextBoolean() ? " DEFAULT 'ok'" : "")
          + (random.nextBoolean() ? " COMMENT 'how'" : ""));
    }
    if (!numbered && random.nextInt(2) == 0) {
      elements.add("g INTEGER GENERATED ALWAYS AS (id * " + (2 + random.nextInt(2)) + ")"
          + (random.nextBoolean() ? " STORED" : " VIRTUAL"));
    }
    if (!indexable.isEmpty()) {
      if (random.nextInt(3) == 0) {
        constraints.add("CONSTRAINT uq_" + table + " UNIQUE (" + RandomSchema.pick(random, indexable) + ")");
      }
      // MariaDB refuses a check on a column whose foreign key has ON DELETE/UPDATE rules
      List<String> checkable = indexable.stream().filter(c -> !referencing.contains(c)).toList();
      if (!checkable.isEmpty() && random.nextInt(3) == 0) {
        constraints.add("CONSTRAINT ck_" + table + " CHECK (" + checkable.get(random.nextInt(checkable.size())) + " IS NOT NULL)");
      }
      for (int i = 0; i < 2; i++) {
        if (random.nextBoolean()) {
          later.add("CREATE " + (random.nextInt(4) == 0 ? "UNIQUE " : "") + "INDEX ix_" + table + "_" + i + " ON " + table
              + " (" + RandomSchema.pick(random, indexable) + (random.nextInt(4) == 0 ? " DESC" : "") + ")");
        }
      }
    }
    elements.addAll(constraints);
    return "CREATE TABLE " + table + " (" + String.join(", ", elements) + ")";
  }
}
