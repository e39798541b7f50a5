package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.command.CompareCommand;
import dev.retort.command.Comparison;
import dev.retort.command.Difference;
import dev.retort.command.SourceSpec;
import dev.retort.config.ConfigLoader;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.DialectRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog entities as the desired schema of a PostgreSQL project (embedded PostgreSQL as the
 * scratch database): the differences from no migrations, written as a revision, leave nothing to
 * compare. Hibernate's DDL is run by the scratch database, Retort's own SQL by the revision. The
 * enum's check ({@code availability IN (...)}) is the case PostgreSQL prints differently once its own
 * output is applied again; {@code CheckSettling} makes the two sides agree.
 */
class PostgresAutogenerateTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  @TempDir Path dir;

  @Test
  void differencesWrittenAsARevision_leaveNoDifferences() throws Exception {
    Files.createDirectories(dir.resolve("migrations/versions"));
    Files.writeString(dir.resolve("retort.toml"), "script_location = \"migrations\"\nurl = \"" + PG.newDatabaseUrl()
        + "\"\ndev_url = \"" + PG.newDatabaseUrl() + "\"\nschema = \"jpa:dev.retort.jpa.catalog\"\nclasspath = [\""
        + Shop.testClasses() + "\"]\n");

    Comparison first = compare();
    assertThat(first.differences()).extracting(Difference::line)
        .contains("+ table category", "+ table product");
    assertThat(first.upgradeSql()).anyMatch(s -> s.startsWith("CREATE TABLE product"));

    Files.writeString(dir.resolve("migrations/versions/aaaa00000001_shop.sql"),
        "-- Revision: aaaa00000001\n-- Revises: \n-- Message: shop\n-- Create-Date: 2026-03-01T10:00:00Z\n\n"
            + "-- +upgrade\n" + String.join(";\n", first.upgradeSql()) + ";\n\n-- +downgrade\n"
            + "DROP TABLE product;\nDROP TABLE category;\n");

    Comparison second = compare();
    assertThat(second.differences()).extracting(Difference::line).isEmpty();
  }

  private Comparison compare() {
    RetortConfig config = new ConfigLoader(Map.of(), dir).load(Optional.empty(), Map.of());
    return new CompareCommand(config, DialectRegistry.loadInstalled())
        .withCache(new dev.retort.autogen.source.SnapshotCache(dir.resolve("cache")))
        .compare(new SourceSpec.Migrations(), new SourceSpec.ConfiguredSchema());
  }
}
