package dev.retort.api;

import dev.retort.ops.PgServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code accept} and {@code repair} on embedded PostgreSQL. */
class AcceptRepairPostgresTest extends AcceptRepairContract {
  @RegisterExtension static final PgServer SERVER = new PgServer();

  private Connection connection;

  @BeforeEach
  void database() throws SQLException {
    connection = SERVER.newDatabase();
  }

  @Override
  Retort retort() throws SQLException {
    return Retort.configure().workingDirectory(dir).url(connection.getMetaData().getURL())
        .user("postgres").password("postgres").load();
  }

  @AfterEach
  void close() throws SQLException {
    if (connection != null) {
      connection.close();
    }
  }

  @Override
  List<String> rows(String sql) throws SQLException {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      return AcceptRepairSqliteTest.Rows.read(rs);
    }
  }

  @Override
  void execute(String sql) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute(sql);
    }
  }
}
