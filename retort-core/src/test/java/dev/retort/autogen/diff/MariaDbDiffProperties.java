package dev.retort.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.testkit.MariaDbServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For random MySQL schemas A and B on a real MariaDB (a bounded number of tries, two databases
 * each): the diff applied to A reflects as B, diffs to nothing afterwards, and the reverse diff
 * brings A back.
 */
class MariaDbDiffProperties {
  @Provide
  Arbitrary<RandomSchema> schemas() {
    return Arbitraries.randomValue(RandomMysqlSchema::of);
  }

  @Property(tries = 15)
  void diff_appliedToA_reflectsAsB(@ForAll("schemas") RandomSchema a, @ForAll("schemas") RandomSchema b)
      throws SQLException {
    MariaDbServer server = MariaDbServer.require();
    RoundTrip roundTrip = new RoundTrip(new MysqlDialect());
    try (Connection ca = DriverManager.getConnection(server.jdbcUrl(server.newDatabase()));
        Connection cb = DriverManager.getConnection(server.jdbcUrl(server.newDatabase()))) {
      RoundTrip.run(ca, a.ddl().toArray(String[]::new));
      RoundTrip.run(cb, b.ddl().toArray(String[]::new));
      assertThat(SchemaDiff.between(roundTrip.reflect(cb), roundTrip.reflect(cb)).ops()).isEmpty();
      roundTrip.check(ca, cb, DiffOptions.none());
    }
  }
}
