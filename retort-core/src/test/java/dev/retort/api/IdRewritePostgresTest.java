package dev.retort.api;

import dev.retort.ops.PgServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code rename-revision} and {@code rewrite-ids} on embedded PostgreSQL. */
class IdRewritePostgresTest extends IdRewriteContract {
  @RegisterExtension static final PgServer SERVER = new PgServer();

  private final Connection[] connections = new Connection[2];

  @BeforeEach
  void databases() throws Exception {
    connections[0] = SERVER.newDatabase();
    connections[1] = SERVER.newDatabase();
  }

  @AfterEach
  void close() throws Exception {
    for (Connection c : connections) {
      if (c != null) {
        c.close();
      }
    }
  }

  private Retort on(int database) throws Exception {
    return Retort.configure().workingDirectory(dir).url(connections[database].getMetaData().getURL())
        .user("postgres").password("postgres").load();
  }

  @Override
  Retort retort() throws Exception {
    return on(0);
  }

  @Override
  Retort second() throws Exception {
    return on(1);
  }

  @Override
  List<String> rows(int database, String sql) throws Exception {
    try (Statement st = connections[database].createStatement(); ResultSet rs = st.executeQuery(sql)) {
      return AcceptRepairSqliteTest.Rows.read(rs);
    }
  }

  @Override
  void execute(int database, String sql) throws Exception {
    try (Statement st = connections[database].createStatement()) {
      st.execute(sql);
    }
  }
}
