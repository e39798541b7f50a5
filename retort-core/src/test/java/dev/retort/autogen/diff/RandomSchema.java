package dev.retort.autogen.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random schema as DDL (SQLite, or PostgreSQL: defaults of the column's type and foreign keys
 * added by ALTER TABLE once all tables exist): up to four tables out of a fixed pool of names (so
 * two schemas share some), each with an integer key (a primary key, or for a quarter of them a
 * unique constraint), columns of several types, nullability and defaults,
 * named unique and check constraints, indexes and foreign keys between the tables (cycles and
 * self references included); views over some tables (a third of them read another view); on
 * PostgreSQL also enum-typed columns (of one fixed enum type, created only when used) and table
 * and column comments. Keyed ids are sometimes numbered by the database (PostgreSQL: an
 * identity column or {@code serial}; SQLite: {@code AUTOINCREMENT}); a table may have a generated
 * column (SQLite: VIRTUAL or STORED); foreign keys may have ON UPDATE CASCADE and be DEFERRABLE
 * INITIALLY DEFERRED; a PostgreSQL single-column index may be a hash index.
 */
record RandomSchema(List<String> ddl) {
  private static final String[] TYPES = {"INTEGER", "TEXT", "REAL", "VARCHAR(20)", "VARCHAR(40)", "NUMERIC(10,2)"};
  private static final String[] DEFAULTS = {null, null, "0", "1", "'x'"};

  static RandomSchema sqlite(Random random) {
    return of(random, false);
  }

  static RandomSchema postgres(Random random) {
    return of(random, true);
  }

  private static RandomSchema of(Random random, boolean postgres) {
    List<String> tables = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      if (random.nextInt(3) > 0) {
        tables.add("t" + t);
      }
    }
    List<String> ddl = new ArrayList<>();
    List<String> indexes = new ArrayList<>();
    List<String> foreignKeys = new ArrayList<>();
    List<String> extras = new ArrayList<>();
    boolean enumUsed = false;
    for (String table : tables) {
      String create = table(random, table, tables, indexes, postgres ? foreignKeys : null);
      if (postgres && random.nextInt(3) == 0) {
        create = create.substring(0, create.length() - 1) + ", mood_col mood" + (random.nextBoolean() ? " DEFAULT 'ok'" : "") + ")";
        enumUsed = true;
        if (random.nextBoolean()) {
          extras.add("COMMENT ON COLUMN " + table + ".mood_col IS '" + (random.nextBoolean() ? "how" : "it''s how") + "'");
        }
      }
      if (postgres && random.nextInt(3) == 0) {
        extras.add("COMMENT ON TABLE " + table + " IS '" + (random.nextBoolean() ? "one" : "two") + "'");
      }
      ddl.add(create);
      views(random, table, create, extras);
    }
    if (enumUsed) {
      ddl.add(0, "CREATE TYPE mood AS ENUM ('sad', 'ok')");
    }
    ddl.addAll(indexes);
    ddl.addAll(foreignKeys);
    ddl.addAll(extras);
    return new RandomSchema(ddl);
  }

  /** Maybe a view over {@code table} (its id and maybe its first other column), and maybe a view over that view. */
  static void views(Random random, String table, String create, List<String> out) {
    if (random.nextInt(3) != 0) {
      return;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\((?:id INTEGER[^,]*), (c[0-9]|mood_col) ").matcher(create);
    String columns = m.find() && random.nextBoolean() ? "id, " + m.group(1) : "id";
    String where = random.nextBoolean() ? "" : " WHERE id > " + random.nextInt(3);
    out.add("CREATE VIEW v_" + table + " AS SELECT " + columns + " FROM " + table + where);
    if (random.nextInt(3) == 0) {
      out.add("CREATE VIEW w_" + table + " AS SELECT id FROM v_" + table);
    }
  }

  /** The CREATE TABLE; foreign keys go to {@code laterForeignKeys} as ALTER TABLE when it is not null. */
  private static String table(
      Random random, String table, List<String> tables, List<String> indexes, List<String> laterForeignKeys) {
    // a quarter of the tables have no primary key but a unique id, which foreign keys can still reference
    boolean keyed = random.nextInt(4) > 0;
    boolean postgres = laterForeignKeys != null;
    List<String> elements = new ArrayList<>(List.of(keyed ? keyColumn(random, postgres) : "id INTEGER"));
    List<String> columns = new ArrayList<>();
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
      String dflt = DEFAULTS[random.nextInt(DEFAULTS.length)];
      if (laterForeignKeys != null && "'x'".equals(dflt) && !(type.equals("TEXT") || type.startsWith("VARCHAR"))) {
        dflt = null;
      }
      elements.add(name + " " + type + (dflt == null ? "" : " DEFAULT " + dflt) + (random.nextInt(3) == 0 ? " NOT NULL" : ""));
      columns.add(name);
      if (type.equals("INTEGER") && random.nextInt(3) == 0) {
        String target = tables.get(random.nextInt(tables.size()));
        String fk = "CONSTRAINT fk_" + table + "_" + name + " FOREIGN KEY (" + name + ") REFERENCES " + target + " (id)"
            + (random.nextBoolean() ? " ON DELETE CASCADE" : "") + (random.nextInt(4) == 0 ? " ON UPDATE CASCADE" : "")
            + (random.nextInt(4) == 0 ? " DEFERRABLE INITIALLY DEFERRED" : "");
        if (laterForeignKeys == null) {
          constraints.add(fk);
        } else {
          laterForeignKeys.add("ALTER TABLE " + table + " ADD " + fk);
        }
      }
    }
    if (random.nextInt(3) == 0) {
      elements.add("g INTEGER GENERATED ALWAYS AS (id * " + (2 + random.nextInt(2)) + ")"
          + (postgres || random.nextBoolean() ? " STORED" : " VIRTUAL"));
    }
    if (!columns.isEmpty()) {
      if (random.nextInt(3) == 0) {
        constraints.add("CONSTRAINT uq_" + table + " UNIQUE (" + pick(random, columns) + ")");
      }
      if (random.nextInt(3) == 0) {
        String column = columns.get(random.nextInt(columns.size()));
        // PostgreSQL has no text <> integer
        constraints.add("CONSTRAINT ck_" + table + " CHECK (" + column + (laterForeignKeys == null ? " <> 5)" : " IS NOT NULL)"));
      }
      for (int i = 0; i < 2; i++) {
        if (random.nextBoolean()) {
          String keys = pick(random, columns);
          boolean hash = postgres && !keys.contains(",") && random.nextInt(4) == 0;
          indexes.add(hash ? "CREATE INDEX ix_" + table + "_" + i + " ON " + table + " USING hash (" + keys + ")"
              : "CREATE " + (random.nextInt(4) == 0 ? "UNIQUE " : "") + "INDEX ix_" + table + "_" + i + " ON " + table
              + " (" + keys + (random.nextInt(4) == 0 ? " DESC" : "") + ")");
        }
      }
    }
    elements.addAll(constraints);
    return "CREATE TABLE " + table + " (" + String.join(", ", elements) + ")";
  }

  /** A keyed id: plain, or numbered by the database as each dialect can. */
  private static String keyColumn(Random random, boolean postgres) {
    int kind = random.nextInt(4);
    if (!postgres) {
      return kind == 0 ? "id INTEGER PRIMARY KEY AUTOINCREMENT" : "id INTEGER PRIMARY KEY";
    }
    switch (kind) {
      case 0:
        return "id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY";
      case 1:
        return "id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
      case 2:
        return "id serial PRIMARY KEY";
      default:
        return "id INTEGER PRIMARY KEY";
    }
  }

  /** One to two of the columns, comma separated. */
  static String pick(Random random, List<String> columns) {
    String first = columns.get(random.nextInt(columns.size()));
    String second = columns.get(random.nextInt(columns.size()));
    return first.equals(second) ? first : first + ", " + second;
  }
}
