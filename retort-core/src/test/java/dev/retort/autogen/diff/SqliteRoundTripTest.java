package dev.retort.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diff round trips on real SQLite files. */
class SqliteRoundTripTest extends RoundTripContract {
  @TempDir Path dir;
  private int databases;

  @Override
  protected Dialect dialect() {
    return new SqliteDialect();
  }

  @Override
  protected String[] cycle() {
    return new String[] {
      "CREATE TABLE a (id integer PRIMARY KEY, b_id integer, CONSTRAINT fk_a_b FOREIGN KEY (b_id) REFERENCES b (id))",
      "CREATE TABLE b (id integer PRIMARY KEY, a_id integer, CONSTRAINT fk_b_a FOREIGN KEY (a_id) REFERENCES a (id))"
    };
  }

  @Test
  void unnamedConstraints_addedToExistingTable_matchedByContent() throws SQLException {
    try (Connection a = newDatabase(); Connection b = newDatabase()) {
      RoundTrip.run(a, "CREATE TABLE t (id integer PRIMARY KEY, x integer, y integer)");
      RoundTrip.run(b, "CREATE TABLE t (id integer PRIMARY KEY, x integer, y integer, UNIQUE (x, y), CHECK (x > 0))");
      RoundTrip trip = new RoundTrip(dialect());
      dev.retort.schema.SchemaSnapshot before = trip.reflect(a);
      DiffResult up = SchemaDiff.between(before, trip.reflect(b));
      trip.apply(a, up.ops());
      assertThat(trip.reflect(a)).isEqualTo(trip.reflect(b));
      DiffResult down = SchemaDiff.between(trip.reflect(b), before);
      assertThat(down.ops()).isEmpty();
      assertThat(down.warnings()).hasSize(2).allSatisfy(w -> assertThat(w).contains("cannot be dropped by name"));
    }
  }

  @Override
  protected Connection newDatabase() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("db" + ++databases + ".db"));
  }
}
