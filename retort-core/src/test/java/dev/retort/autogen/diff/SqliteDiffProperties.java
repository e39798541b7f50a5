package dev.retort.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.sqlite.SqliteDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For random SQLite schemas A and B on real files: the diff applied to A reflects as B, diffs to
 * nothing afterwards, and the reverse diff brings A back.
 */
class SqliteDiffProperties {
  @Provide
  Arbitrary<RandomSchema> schemas() {
    return Arbitraries.randomValue(RandomSchema::sqlite);
  }

  @Property(tries = 60)
  void diff_appliedToA_reflectsAsB(@ForAll("schemas") RandomSchema a, @ForAll("schemas") RandomSchema b)
      throws IOException, SQLException {
    Path dir = Files.createTempDirectory("retort-diff");
    RoundTrip roundTrip = new RoundTrip(new SqliteDialect());
    try (Connection ca = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("a.db"));
        Connection cb = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("b.db"))) {
      RoundTrip.run(ca, a.ddl().toArray(String[]::new));
      RoundTrip.run(cb, b.ddl().toArray(String[]::new));
      assertThat(SchemaDiff.between(roundTrip.reflect(cb), roundTrip.reflect(cb)).ops()).isEmpty();
      roundTrip.check(ca, cb, DiffOptions.none());
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
