package dev.retort.ops;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.h2.H2Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/** The operations contract on H2 in-memory databases, in H2's default mode. */
class H2OperationsTest extends OperationsContract {
  @Override
  protected Dialect dialect() {
    return new H2Dialect();
  }

  @Override
  protected Connection newDatabase() throws SQLException {
    return DriverManager.getConnection("jdbc:h2:mem:ops_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }
}
