package dev.retort.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import dev.retort.ops.PgServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lease lock on a real SQLite file and a real PostgreSQL database: a live holder is never taken over,
 * a released lock is free at once, a killed holder's lock is taken over only after its lease, and a holder
 * whose row was taken notices.
 */
class LeaseLockTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  @TempDir static Path dir;

  static Stream<Arguments> databases() {
    return Stream.of(Arguments.of("sqlite"), Arguments.of("postgresql"));
  }

  private static String url(String kind) throws SQLException {
    if (kind.equals("sqlite")) {
      return "jdbc:sqlite:" + dir.resolve("lease-" + System.nanoTime() + ".db");
    }
    try (Connection c = PG.newDatabase()) {
      return c.getMetaData().getURL();
    }
  }

  private static LeaseLock.Opener opener(String url) {
    Properties props = new Properties();
    props.setProperty("user", "postgres");
    props.setProperty("password", "postgres");
    props.setProperty("busy_timeout", "10000");
    return () -> DriverManager.getConnection(url, props);
  }

  private static LeaseLock take(String url, String owner, Duration lease, Duration timeout) throws SQLException {
    return LeaseLock.acquire(opener(url), "retort_version", owner, lease, LockWait.of(timeout));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aLiveHolder_isNeverTakenOver_evenAfterManyLeases(String kind) throws Exception {
    String url = url(kind);
    try (LeaseLock holder = take(url, "first", Duration.ofMillis(200), Duration.ofSeconds(1))) {
      List<String> toldAbout = new ArrayList<>();
      LockTimeoutException timeout = catchThrowableOfType(() -> LeaseLock.acquire(opener(url), "retort_version",
          "second", Duration.ofMillis(200), new LockWait(Duration.ofSeconds(2), () -> false, toldAbout::add)),
          LockTimeoutException.class);

      assertThat(timeout.code()).isEqualTo(ErrorCode.L001);
      assertThat(timeout.details()).containsExactly("held by: " + holder.owner());
      assertThat(toldAbout).containsExactly(holder.owner());
      holder.checkHeld();
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aReleasedLock_isFree_andAnotherNameIsIndependent(String kind) throws Exception {
    String url = url(kind);
    try (LeaseLock other = LeaseLock.acquire(opener(url), "other_version_table", "other project",
        Duration.ofSeconds(30), LockWait.of(Duration.ofSeconds(1)))) {
      take(url, "first", Duration.ofSeconds(30), Duration.ofSeconds(1)).close();
      try (LeaseLock second = take(url, "second", Duration.ofSeconds(30), Duration.ofSeconds(1))) {
        assertThat(second.owner()).startsWith("second [");
      }
      assertThat(other.owner()).startsWith("other project");
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aKilledHolder_isTakenOver_onlyOnceItsLeaseHasPassed(String kind) throws Exception {
    String url = url(kind);
    long leaseMillis = 1500;
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), LeaseLockHolder.class.getName(), url, String.valueOf(leaseMillis))
        .redirectErrorStream(true).start();
    String line;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
      line = out.readLine();
      assertThat(line).as("the holder process's first line").startsWith("held holder pid " + holder.pid());
      holder.destroyForcibly();
      assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    long killed = System.nanoTime();

    try (LeaseLock next = take(url, "next", Duration.ofSeconds(30), Duration.ofSeconds(60))) {
      long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);
      assertThat(waitedMillis).as("a silent holder keeps the lock for its whole lease").isGreaterThanOrEqualTo(leaseMillis);
      assertThat(rows(url)).containsExactly(next.owner());
    }
    assertThat(rows(url)).as("released: the row is gone").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aHolderWhoseRowWasTaken_noticesAtItsNextBeat(String kind) throws Exception {
    String url = url(kind);
    try (LeaseLock holder = take(url, "first", Duration.ofMillis(150), Duration.ofSeconds(1))) {
      try (Connection c = opener(url).open(); PreparedStatement ps = c.prepareStatement(
          "UPDATE retort_lock SET owner = 'intruder' WHERE lock_name = 'retort_version'")) {
        assertThat(ps.executeUpdate()).isEqualTo(1);
      }
      LockLostException lost = null;
      for (int attempt = 0; attempt < 200 && lost == null; attempt++) {
        Thread.sleep(50);
        lost = catchThrowableOfType(holder::checkHeld, LockLostException.class);
      }
      assertThat(lost).as("checkHeld after the row changed hands").isNotNull();
      assertThat(lost.code()).isEqualTo(ErrorCode.L003);
      assertThat(lost.summary()).contains("took it over");
    }
    assertThat(rows(url)).as("closing does not delete another owner's row").containsExactly("intruder");
  }

  private static List<String> rows(String url) throws SQLException {
    try (Connection c = opener(url).open(); Statement st = c.createStatement();
        java.sql.ResultSet rs = st.executeQuery("SELECT owner FROM retort_lock")) {
      List<String> owners = new ArrayList<>();
      while (rs.next()) {
        owners.add(rs.getString(1));
      }
      return owners;
    }
  }
}
