package dev.retort.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.ops.Op;
import dev.retort.testkit.MariaDbServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The diff round trips on a real MariaDB server, a fresh database per side. */
class MariaDbRoundTripTest extends RoundTripContract {
  @Override
  protected Dialect dialect() {
    return new MysqlDialect();
  }

  @Override
  protected String[] cycle() {
    return new String[] {
      "CREATE TABLE a (id integer PRIMARY KEY, b_id integer)",
      "CREATE TABLE b (id integer PRIMARY KEY, a_id integer, CONSTRAINT fk_b_a FOREIGN KEY (a_id) REFERENCES a (id))",
      "ALTER TABLE a ADD CONSTRAINT fk_a_b FOREIGN KEY (b_id) REFERENCES b (id)"
    };
  }

  /** MariaDB has neither partial nor expression indexes: a prefix key and a descending unique index instead. */
  @Override
  protected String[] specialIndexes() {
    return new String[] {"CREATE UNIQUE INDEX ix_new ON t (b DESC)", "CREATE INDEX ix_expr ON t (a(10))"};
  }

  @Override
  protected Connection newDatabase() throws SQLException {
    MariaDbServer server = MariaDbServer.require();
    return DriverManager.getConnection(server.jdbcUrl(server.newDatabase()));
  }
}
