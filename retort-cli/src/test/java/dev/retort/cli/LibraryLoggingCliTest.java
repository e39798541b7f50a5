package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Library log records (pgjdbc and sqlite-jdbc log through java.util.logging) reach stderr only
 * with -v: a bad PostgreSQL port prints Retort's one error, not the driver's "JDBC URL port ...
 * not valid" warning.
 */
class LibraryLoggingCliTest {
  private static final String BAD_PORT = "jdbc:postgresql://localhost:99999/nowhere";

  @TempDir Path dir;

  @AfterEach
  void quietAgain() {
    LibraryLogging.route(false, new PrintWriter(new StringWriter()));
  }

  @Test
  void badPostgresPort_printsOnlyRetortsError() {
    TestProject.in(dir);

    CliRun.Result r = CliRun.run(dir, Map.of(), "--url", BAD_PORT, "current").failedWith("RT-D002");

    assertThat(r.errLines()).hasSize(2);
    assertThat(r.err()).doesNotContain("WARNING").doesNotContain("99999 not valid");
  }

  @Test
  void badPostgresPort_withVerbose_showsTheDriversWarning() {
    TestProject.in(dir);

    CliRun.Result r = CliRun.run(dir, Map.of(), "-v", "--url", BAD_PORT, "current");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("log WARNING org.postgresql.").contains("99999 not valid").contains("error[RT-D002]");
    assertThat(r.leaked()).isEmpty();
  }

  @Test
  void warningFromALibraryLogger_onlyWithVerbose() {
    StringWriter quiet = new StringWriter();
    LibraryLogging.route(false, new PrintWriter(quiet, true));
    Logger.getLogger("org.sqlite.SQLiteJDBCLoader").warning("Failed to delete old native lib");
    assertThat(quiet.toString()).isEmpty();

    StringWriter verbose = new StringWriter();
    LibraryLogging.route(true, new PrintWriter(verbose, true));
    Logger.getLogger("org.sqlite.SQLiteJDBCLoader").log(java.util.logging.Level.WARNING, "Failed to delete old native lib",
        new java.nio.file.NoSuchFileException("/tmp/sqlite-3.46.1.3-x-libsqlitejdbc.so"));
    assertThat(verbose.toString())
        .startsWith("log WARNING org.sqlite.SQLiteJDBCLoader: Failed to delete old native lib")
        .contains("NoSuchFileException").contains("\tat ");
  }

  @Test
  void versionAndHelp_leaveLoggingAlone_aCommandRoutesIt() {
    TestProject.in(dir);
    java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
    root.setLevel(java.util.logging.Level.CONFIG);

    CliRun.run(dir, Map.of(), "--version");
    CliRun.run(dir, Map.of(), "heads", "--help");
    assertThat(root.getLevel()).as("after --version and heads --help").isEqualTo(java.util.logging.Level.CONFIG);

    CliRun.run(dir, Map.of(), "heads");
    assertThat(root.getLevel()).as("after heads").isEqualTo(java.util.logging.Level.OFF);
  }
}
