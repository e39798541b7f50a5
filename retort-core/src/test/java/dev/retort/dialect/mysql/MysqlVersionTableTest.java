package dev.retort.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.dialect.VersionKeyLimit;
import dev.retort.testkit.MariaDbServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retort's tables on a real MariaDB server: their storage is stated (InnoDB, utf8mb4, binary
 * collation) whatever the server's defaults; the key limits read from a table match what the
 * server enforces; literals for offline scripts read back as written.
 */
class MysqlVersionTableTest {
  private final MysqlDialect dialect = new MysqlDialect();
  private Connection connection;

  @BeforeEach
  void connect() throws SQLException {
    MariaDbServer server = MariaDbServer.require();
    connection = DriverManager.getConnection(server.jdbcUrl(server.newDatabase()));
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  private void exec(String... sql) throws SQLException {
    try (Statement st = connection.createStatement()) {
      for (String s : sql) {
        st.execute(s);
      }
    }
  }

  private List<String> row(String sql) throws SQLException {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      List<String> out = new java.util.ArrayList<>();
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        out.add(rs.getString(i));
      }
      return out;
    }
  }

  /** The server refuses the key: "Specified key was too long" or "Index column size too large". */
  private static void refusedAsTooLong(org.assertj.core.api.ThrowableAssert.ThrowingCallable ddl) {
    SQLException e = catchThrowableOfType(ddl, SQLException.class);
    assertThat((Throwable) e).as("refused").isNotNull();
    assertThat(e.getMessage()).containsPattern("too long|too large");
  }

  @Test
  void versionTable_statesItsStorage_evenWhenTheDatabaseDefaultsDiffer() throws SQLException {
    exec("ALTER DATABASE " + row("SELECT database()").get(0) + " CHARACTER SET latin1",
        "SET SESSION default_storage_engine = MyISAM",
        dialect.createVersionTable("retort_version", 255), dialect.createHistoryTable("retort_history"));

    assertThat(row("SELECT t.engine, c.character_set_name, c.collation_name, c.character_maximum_length"
        + " FROM information_schema.tables t JOIN information_schema.columns c USING (table_schema, table_name)"
        + " WHERE t.table_schema = database() AND t.table_name = 'retort_version'"))
        .containsExactly("InnoDB", "utf8mb4", "utf8mb4_bin", "255");
    assertThat(row("SELECT engine FROM information_schema.tables WHERE table_schema = database()"
        + " AND table_name = 'retort_history'")).containsExactly("InnoDB");
    // ids that differ only in case are two ids, as they are in the revision graph
    exec("INSERT INTO retort_version (version_num) VALUES ('abc1'), ('ABC1')");
    assertThat(row("SELECT count(*) FROM retort_version WHERE version_num = 'abc1'")).containsExactly("1");
  }

  @Test
  void newTableLimit_isWhatTheServerEnforces() throws SQLException {
    VersionKeyLimit limit = dialect.versionKeyLimit().orElseThrow();
    assertThat(limit.characters()).isEqualTo(768);

    exec(dialect.createVersionTable("at_limit", limit.characters()));
    refusedAsTooLong(() -> exec(dialect.createVersionTable("past_limit", limit.characters() + 1)));
    assertThat(dialect.versionKeyLimit(connection, "at_limit")).contains(limit);
  }

  @Test
  void compactAlembicTable_limitIs191_andTheNamedStatementLiftsIt() throws SQLException {
    exec("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc"
        + " PRIMARY KEY (version_num)) ENGINE=InnoDB ROW_FORMAT=COMPACT CHARACTER SET utf8mb4");

    VersionKeyLimit limit = dialect.versionKeyLimit(connection, "alembic_version").orElseThrow();

    assertThat(limit.characters()).isEqualTo(191);
    assertThat(limit.reason()).contains("767 bytes").contains("utf8mb4").contains("4");
    exec(dialect.widenVersionColumn("alembic_version", 191));
    refusedAsTooLong(() -> exec(dialect.widenVersionColumn("alembic_version", 192)));
    exec(limit.raise());
    assertThat(dialect.versionKeyLimit(connection, "alembic_version").orElseThrow().characters()).isEqualTo(768);
    exec(dialect.widenVersionColumn("alembic_version", 255));
  }

  @Test
  void latin1MyisamTable_limitCountsItsOwnBytes() throws SQLException {
    exec("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY) ENGINE=MyISAM CHARACTER SET latin1");

    VersionKeyLimit limit = dialect.versionKeyLimit(connection, "alembic_version").orElseThrow();

    assertThat(limit.characters()).isEqualTo(1000);
    exec(dialect.widenVersionColumn("alembic_version", 1000));
    refusedAsTooLong(() -> exec(dialect.widenVersionColumn("alembic_version", 1001)));
  }

  @Test
  void missingTable_hasNoLimitOfItsOwn() throws SQLException {
    assertThat(dialect.versionKeyLimit(connection, "no_such_table")).isEmpty();
  }

  @Test
  void literal_readsBackAsWritten() throws SQLException {
    for (String value : List.of("plain", "it's", "back\\slash", "\\'", "end\\", "tab\\t and \\n", "''\\\\''")) {
      assertThat(row("SELECT " + dialect.literal(value))).as(value).containsExactly(value);
    }
  }
}
