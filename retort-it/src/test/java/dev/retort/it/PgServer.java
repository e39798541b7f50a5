package dev.retort.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded PostgreSQL server per test class ({@code @RegisterExtension static final PgServer
 * PG = new PgServer();}), and a fresh database on it per test ({@link #newDatabase()}). It also
 * closes what a test opened through {@link #closeAfterTest} (an H2 database the test JVM serves)
 * before JUnit deletes the test's temporary folder, in which H2 keeps rewriting its lock file.
 */
final class PgServer implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private final List<AutoCloseable> openedByTest = new ArrayList<>();
  private EmbeddedPostgres server;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    server = EmbeddedPostgres.builder()
        .setServerConfig("fsync", "off")
        .setServerConfig("full_page_writes", "off")
        .start();
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    for (AutoCloseable opened : openedByTest) {
      opened.close();
    }
    openedByTest.clear();
  }

  /** {@code opened}, closed when the current test ends. */
  <T extends AutoCloseable> T closeAfterTest(T opened) {
    openedByTest.add(opened);
    return opened;
  }

  int port() {
    return server.getPort();
  }

  /** A new, empty database {@code t_<n>} on the server. */
  TestDb.Pg newDatabase() {
    String name = "t_" + DATABASES.incrementAndGet();
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return new TestDb.Pg(port(), name);
  }
}
