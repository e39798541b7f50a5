package dev.retort.it;

import java.nio.file.Path;

/** The databases the dialect-parameterised tests run on. */
enum Kind {
  POSTGRES,
  SQLITE;

  /** A fresh database: a new PostgreSQL database on the class's server, or a new SQLite file. */
  TestDb fresh(PgServer pg, Path tmp, String name) {
    return this == POSTGRES ? pg.newDatabase() : new TestDb.Sqlite(tmp.resolve(name + ".db"));
  }
}
