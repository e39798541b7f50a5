package dev.retort.it;

import java.nio.file.Path;

/**
 * The databases the dialect-parameterised tests run on. MARIADB runs where MariaDB can be started
 * (retort-testkit; skipped with a notice elsewhere, failed under CI). What differs between them is
 * stated on {@link TestDb} ({@link TestDb#ddlRollsBack()}, ...), never by testing the kind.
 */
enum Kind {
  POSTGRES,
  SQLITE,
  MARIADB,
  /** H2 file databases shared by processes through {@code AUTO_SERVER=TRUE} ({@link H2TestDb}). */
  H2;

  /** A fresh database: a new PostgreSQL database on the class's server, a new SQLite file, a new MariaDB database or a new H2 file. */
  TestDb fresh(PgServer pg, Path tmp, String name) {
    return switch (this) {
      case POSTGRES -> pg.newDatabase();
      case SQLITE -> new TestDb.Sqlite(tmp.resolve(name + ".db"));
      case MARIADB -> MariaDbTestDb.fresh();
      // served by this JVM from the start: a retort process and the test opening one AUTO_SERVER file at the same
      // moment race for its lock file ("Lock file recently modified")
      case H2 -> pg.closeAfterTest(H2TestDb.served(tmp.resolve(name)));
    };
  }
}
