package dev.retort.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.LockTimeoutException;
import dev.retort.dialect.LockWait;
import dev.retort.dialect.MigrationLock;
import dev.retort.error.ErrorCode;
import dev.retort.testkit.MariaDbServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The MySQL/MariaDB migration lock ({@code GET_LOCK}) on a real MariaDB server: a second session
 * waits and times out naming the holder; closing, or the holder's session dying, frees it; the
 * lock is per database and per version table.
 */
class NamedLockTest {
  private final MysqlDialect dialect = new MysqlDialect();
  private MariaDbServer server;
  private String database;
  private final List<Connection> open = new ArrayList<>();

  @BeforeEach
  void setUp() {
    server = MariaDbServer.require();
    database = server.newDatabase();
  }

  @org.junit.jupiter.api.AfterEach
  void closeAll() throws SQLException {
    for (Connection c : open) {
      c.close();
    }
  }

  private Connection session(String db) throws SQLException {
    Connection c = DriverManager.getConnection(server.jdbcUrl(db));
    open.add(c);
    return c;
  }

  private MigrationLock lock(Connection c, String table, Duration timeout) throws SQLException {
    DatabaseUrl url = DatabaseUrl.parse(server.url(database), Path.of("."));
    return dialect.lock(c, url, table, LockWait.of(timeout));
  }

  private static long connectionId(Connection c) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT connection_id()")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static boolean free(Connection c, String name) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT IS_FREE_LOCK('" + name + "')")) {
      rs.next();
      return rs.getInt(1) == 1;
    }
  }

  @Test
  void secondSessionTimesOutNamingTheHolder_thenTakesItOnceReleased() throws SQLException {
    Connection first = session(database);
    Connection second = session(database);
    long holderId = connectionId(first);
    List<String> told = new ArrayList<>();

    try (MigrationLock held = lock(first, "retort_version", Duration.ofSeconds(5))) {
      LockTimeoutException e = catchThrowableOfType(() -> dialect.lock(second,
          DatabaseUrl.parse(server.url(database), Path.of(".")), "retort_version",
          new LockWait(Duration.ofMillis(300), () -> false, told::add)), LockTimeoutException.class);

      assertThat(e.code()).isEqualTo(ErrorCode.L001);
      assertThat(e.getMessage() + e.details()).contains("connection id " + holderId + " ").contains(database)
          .contains("retort:" + database + ".retort_version");
      assertThat(told).singleElement().asString().startsWith("connection id " + holderId + " ");
      assertThat(free(second, "retort:" + database + ".retort_version")).isFalse();
    }
    assertThat(free(second, "retort:" + database + ".retort_version")).isTrue();
    try (MigrationLock taken = lock(second, "retort_version", Duration.ofSeconds(5))) {
      assertThat(free(first, "retort:" + database + ".retort_version")).isFalse();
    }
  }

  @Test
  void holdersSessionKilled_freesTheLock() throws SQLException {
    Connection holder = session(database);
    Connection waiter = session(database);
    MigrationLock held = lock(holder, "retort_version", Duration.ofSeconds(5));
    assertThat(free(waiter, "retort:" + database + ".retort_version")).isFalse();

    try (Statement st = waiter.createStatement()) {
      st.execute("KILL CONNECTION " + connectionId(holder));
    }

    // no release by the holder: the server dropped the lock with the session
    try (MigrationLock taken = lock(waiter, "retort_version", Duration.ofSeconds(30))) {
      assertThat(free(session(database), "retort:" + database + ".retort_version")).isFalse();
    }
    held.close(); // on a dead connection: quiet
  }

  @Test
  void lockIsPerDatabaseAndPerVersionTable() throws SQLException {
    String other = server.newDatabase();
    Connection here = session(database);
    Connection there = session(other);
    Connection sameDatabase = session(database);

    try (MigrationLock held = lock(here, "retort_version", Duration.ofSeconds(5));
        MigrationLock otherDatabase = dialect.lock(there, DatabaseUrl.parse(server.url(other), Path.of(".")),
            "retort_version", LockWait.of(Duration.ofMillis(300)));
        MigrationLock otherTable = lock(sameDatabase, "alembic_version", Duration.ofMillis(300))) {
      assertThat(free(here, "retort:" + other + ".retort_version")).isFalse();
      assertThat(free(here, "retort:" + database + ".alembic_version")).isFalse();
    }
  }

  @Test
  void qualifiedTableLocksInItsOwnDatabase() throws SQLException {
    String other = server.newDatabase();
    Connection c = session(database);
    try (MigrationLock held = lock(c, other + ".retort_version", Duration.ofSeconds(5))) {
      assertThat(free(session(database), "retort:" + other + ".retort_version")).isFalse();
      assertThat(free(session(database), "retort:" + database + ".retort_version")).isTrue();
    }
  }

  @Test
  void longNamesAreHashedToMysqlsLimit() {
    String longDatabase = "d".repeat(64);
    String name = LockName.of(longDatabase, "retort_version");
    assertThat(name).hasSize(64).startsWith("retort:sha256:");
    assertThat(LockName.of(longDatabase, "alembic_version")).hasSize(64).isNotEqualTo(name);
    assertThat(LockName.of("shop", "retort_version")).isEqualTo("retort:shop.retort_version");
  }

  @Test
  void longNameLocksOnTheServer() throws SQLException {
    String table = "v".repeat(64);
    Connection first = session(database);
    Connection second = session(database);
    try (MigrationLock held = lock(first, table, Duration.ofSeconds(5))) {
      assertThat(free(second, LockName.of(database, table))).isFalse();
      assertThat(catchThrowableOfType(() -> lock(second, table, Duration.ofMillis(200)), LockTimeoutException.class))
          .isNotNull();
    }
  }
}
