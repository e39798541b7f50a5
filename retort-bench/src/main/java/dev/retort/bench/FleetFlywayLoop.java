package dev.retort.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Competitor (b) of {@code bench/fleet.sh}: Flyway's Java API migrating one schema per tenant, in a
 * loop, the way a team with a schema per tenant writes it: one {@code DataSource} for the database,
 * and per tenant {@code Flyway.configure().dataSource(ds).schemas(tenant).locations(...).load()
 * .migrate()} (Flyway's defaults otherwise: its history table in that schema, one transaction per
 * migration, validate on migrate). The harness creates the schemas beforehand for every contender.
 *
 * <p>Usage: {@code FleetFlywayLoop --url jdbc:postgresql://host:port/db --user U --tenants FILE
 * --prefix tenant_ --locations DIR --expect 20 [--first N]}. Fails (exit 1) unless every tenant ran
 * {@code --expect} migrations. Prints one JSON line: tenants, migrations, and the loop's own wall
 * time in seconds (JVM start not included; the harness times the whole process too).
 */
public final class FleetFlywayLoop {
  /** Flyway logs through java.util.logging here (no SLF4J binding): quiet, as in ApplyBenchmark. */
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  private FleetFlywayLoop() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].substring(2), args[i + 1]);
    }
    FLYWAY_LOG.setLevel(Level.WARNING);
    List<String> names = Files.readAllLines(Path.of(options.get("tenants"))).stream()
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    int first = Integer.parseInt(options.getOrDefault("first", Integer.toString(names.size())));
    int expect = Integer.parseInt(options.get("expect"));
    String prefix = options.getOrDefault("prefix", "tenant_");
    String locations = "filesystem:" + Path.of(options.get("locations")).toAbsolutePath();

    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(options.get("url"));
    dataSource.setUser(options.getOrDefault("user", "postgres"));
    dataSource.setPassword(options.getOrDefault("password", ""));

    long start = System.nanoTime();
    int migrations = 0;
    for (String name : names.subList(0, first)) {
      MigrateResult result = Flyway.configure()
          .dataSource(dataSource)
          .schemas(prefix + name)
          .locations(locations)
          .load()
          .migrate();
      if (result.migrationsExecuted != expect) {
        System.err.println("error: Flyway ran " + result.migrationsExecuted + " migrations in schema "
            + prefix + name + ", expected " + expect);
        System.exit(1);
      }
      migrations += result.migrationsExecuted;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(java.util.Locale.ROOT, "{\"tenants\": %d, \"migrations\": %d, \"loop_seconds\": %.3f}%n",
        first, migrations, seconds);
  }
}
