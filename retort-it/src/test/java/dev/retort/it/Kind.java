package dev.retort.it;

import java.nio.file.Path;

/**
 * The databases the dialect-parameterised tests run on. MARIADB runs where MariaDB can be started
 * (retort-testkit; skipped with a notice elsewhere, failed under CI); suites that need DDL rolled
 * back with its transaction name the other kinds.
 */
enum Kind {
  POSTGRES,
  SQLITE,
  MARIADB;

  /** A fresh database: a new PostgreSQL database on the class's server, a new SQLite file, or a new MariaDB database. */
  TestDb fresh(PgServer pg, Path tmp, String name) {
    switch (this) {
      case POSTGRES:
        return pg.newDatabase();
      case SQLITE:
        return new TestDb.Sqlite(tmp.resolve(name + ".db"));
      default:
        return MariaDbTestDb.fresh();
    }
  }
}
