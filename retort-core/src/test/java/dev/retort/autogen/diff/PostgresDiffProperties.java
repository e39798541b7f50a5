package dev.retort.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.ops.PgServer;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * For random PostgreSQL schemas A and B (a bounded number of tries, two databases each): the diff
 * applied to A reflects as B, diffs to nothing afterwards, and the reverse diff brings A back.
 */
class PostgresDiffProperties {
  private static final PgServer PG = new PgServer();

  @BeforeContainer
  static void start() throws IOException {
    PG.beforeAll(null);
  }

  @AfterContainer
  static void stop() throws IOException {
    PG.afterAll(null);
  }

  @Provide
  Arbitrary<RandomSchema> schemas() {
    return Arbitraries.randomValue(RandomSchema::postgres);
  }

  @Property(tries = 15)
  void diff_appliedToA_reflectsAsB(@ForAll("schemas") RandomSchema a, @ForAll("schemas") RandomSchema b)
      throws SQLException {
    RoundTrip roundTrip = new RoundTrip(new PostgresDialect());
    try (Connection ca = PG.newDatabase(); Connection cb = PG.newDatabase()) {
      RoundTrip.run(ca, a.ddl().toArray(String[]::new));
      RoundTrip.run(cb, b.ddl().toArray(String[]::new));
      assertThat(SchemaDiff.between(roundTrip.reflect(cb), roundTrip.reflect(cb)).ops()).isEmpty();
      roundTrip.check(ca, cb, DiffOptions.none());
    }
  }
}
