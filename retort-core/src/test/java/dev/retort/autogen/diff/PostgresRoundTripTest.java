package dev.retort.autogen.diff;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.ops.PgServer;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The diff round trips on embedded PostgreSQL, a fresh database per side. */
class PostgresRoundTripTest extends RoundTripContract {
  @RegisterExtension static final PgServer PG = new PgServer();

  @Override
  protected Dialect dialect() {
    return new PostgresDialect();
  }

  @Override
  protected String[] cycle() {
    return new String[] {
      "CREATE TABLE a (id integer PRIMARY KEY, b_id integer)",
      "CREATE TABLE b (id integer PRIMARY KEY, a_id integer, CONSTRAINT fk_b_a FOREIGN KEY (a_id) REFERENCES a (id))",
      "ALTER TABLE a ADD CONSTRAINT fk_a_b FOREIGN KEY (b_id) REFERENCES b (id)"
    };
  }

  @Override
  protected Connection newDatabase() throws SQLException {
    return PG.newDatabase();
  }
}
