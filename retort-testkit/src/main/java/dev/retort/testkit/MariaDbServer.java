package dev.retort.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * A real MariaDB server for tests: Debian's {@code mariadb-server} package started on a free
 * loopback port in a temporary data folder, one per test JVM, stopped when the JVM exits.
 *
 * <p>Where to find one, in order: {@code RETORT_TEST_MARIADB} (a running server's
 * {@code host:port}, user {@code root} without a password), else {@code mariadbd} and
 * {@code mariadb-install-db} on this machine. Where neither is there, {@link #require()} skips the
 * test with a notice on stderr — except under {@code CI=true} (set by {@code .ci/run}), where it
 * fails, so that CI never skips MariaDB silently. {@code scripts/install-mariadb.sh} installs the
 * package for local runs.
 */
public final class MariaDbServer {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final String host;
  private final int port;
  private final AtomicInteger databases = new AtomicInteger();

  private MariaDbServer(String host, int port) {
    this.host = host;
    this.port = port;
  }

  /** The JVM's server, started on first use; the calling test is skipped (failed under CI) without one. */
  public static MariaDbServer require() {
    Located located = Holder.LOCATED;
    if (located.server().isEmpty()) {
      String why = "MariaDB is not available: " + located.whyNot()
          + " (install it with scripts/install-mariadb.sh, or set RETORT_TEST_MARIADB=host:port)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(why + "; CI must run the MariaDB tests");
      }
      System.err.println("NOTICE: skipping a MariaDB test. " + why);
      Assumptions.abort(why);
    }
    return located.server().get();
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  /** Creates a new, empty database ({@code t_<pid>_<n>}, utf8mb4) and returns its name. */
  public String newDatabase() {
    String name = "t_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
    try (Connection c = DriverManager.getConnection(jdbcUrl("")); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name + " on " + host + ":" + port, e);
    }
    return name;
  }

  /** A JDBC URL (MariaDB Connector/J) for {@code database}, as user root without a password. */
  public String jdbcUrl(String database) {
    return "jdbc:mariadb://" + host + ":" + port + "/" + database + "?user=root";
  }

  /** A SQLAlchemy-style URL for {@code database}, the form a Retort user writes. */
  public String url(String database) {
    return "mariadb://root@" + host + ":" + port + "/" + database;
  }

  /** The JVM's server, or why there is none. */
  private record Located(Optional<MariaDbServer> server, String whyNot) {}

  /** Lazy, thread-safe start of the one server per JVM (the JVM's class initialisation does the locking). */
  private static final class Holder {
    private static final Located LOCATED = locate();

    private static Located locate() {
      String given = System.getenv("RETORT_TEST_MARIADB");
      if (given != null && !given.isBlank()) {
        int colon = given.lastIndexOf(':');
        return new Located(Optional.of(new MariaDbServer(given.substring(0, colon),
            Integer.parseInt(given.substring(colon + 1)))), "");
      }
      Path daemon = findProgram("mariadbd", "/usr/sbin/mariadbd");
      Path installDb = findProgram("mariadb-install-db", "/usr/bin/mariadb-install-db");
      if (daemon == null || installDb == null) {
        return new Located(Optional.empty(), "mariadbd or mariadb-install-db not found");
      }
      try {
        return new Located(Optional.of(start(daemon, installDb)), "");
      } catch (IOException | RuntimeException e) {
        return new Located(Optional.empty(), "it did not start: " + e.getMessage());
      }
    }
  }

  private static Path findProgram(String name, String usual) {
    if (Files.isExecutable(Path.of(usual))) {
      return Path.of(usual);
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(dir, name);
      if (!dir.isEmpty() && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static MariaDbServer start(Path daemon, Path installDb) throws IOException {
    Path dir = Files.createTempDirectory("retort-mariadb-");
    Path data = dir.resolve("data");
    String user = System.getProperty("user.name");
    run(dir.resolve("install.log"), List.of(installDb.toString(), "--no-defaults", "--datadir=" + data,
        "--auth-root-authentication-method=normal", "--skip-test-db", "--user=" + user));
    Path tmp = Files.createDirectories(dir.resolve("tmp")); // its own, so that nothing clearing /tmp removes its files
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(daemon.toString(), "--no-defaults", "--datadir=" + data,
        "--socket=" + dir.resolve("mariadb.sock"), "--tmpdir=" + tmp, "--port=" + port, "--bind-address=127.0.0.1", "--user=" + user,
        "--skip-name-resolve", "--skip-log-bin", "--innodb-flush-log-at-trx-commit=0", "--innodb-doublewrite=0",
        "--innodb-buffer-pool-size=128M", "--max-connections=500", "--character-set-server=utf8mb4",
        "--collation-server=utf8mb4_general_ci", "--log-error=" + dir.resolve("error.log")));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("server.out").toFile()).start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process, dir)));
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (!accepts(port)) {
      if (!process.isAlive() || Instant.now().isAfter(deadline)) {
        throw new IOException("mariadbd exited or did not listen on port " + port + " within " + START_TIMEOUT.toSeconds()
            + " s; see " + dir.resolve("error.log"));
      }
      sleep(50);
    }
    return new MariaDbServer("127.0.0.1", port);
  }

  private static void run(Path log, List<String> command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new IOException(command.get(0) + " failed; see " + log);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static boolean accepts(int port) {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void stop(Process process, Path dir) {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
    }
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a leftover folder under the temporary directory is harmless
    }
  }
}
