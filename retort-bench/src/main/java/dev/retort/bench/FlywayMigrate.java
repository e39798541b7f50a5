package dev.retort.bench;

import org.flywaydb.core.Flyway;

/**
 * Flyway as a whole process, for {@code bench/whole-process.sh}: {@code migrate} of the scripts in
 * one folder against one database, with Flyway's defaults (one transaction per migration) and its
 * logging at WARNING, as {@code retort -q} prints little.
 *
 * <p>Usage: {@code FlywayMigrate <jdbc url> <user> <folder of V<n>__*.sql>}; prints the number of
 * migrations applied.
 */
public final class FlywayMigrate {
  /** Held here so that the level set stays (java.util.logging keeps loggers weakly). */
  private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

  private FlywayMigrate() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: FlywayMigrate <jdbc url> <user> <folder>");
      System.exit(2);
    }
    FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    int applied = Flyway.configure()
        .dataSource(args[0], args[1], "")
        .locations("filesystem:" + args[2])
        .load()
        .migrate()
        .migrationsExecuted;
    System.out.println(applied);
  }
}
