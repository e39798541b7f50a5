package dev.retort.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.ops.PgRoundTrips;
import dev.retort.ops.PgServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * How many round trips each revision of an upgrade costs on PostgreSQL, counted on the wire by a
 * relay between Retort and the server: the revision's DDL (with the transaction's {@code BEGIN}),
 * then its version row, its history row and the {@code COMMIT} together. Measured as the
 * difference between two upgrades that differ only in their number of revisions, so the fixed
 * cost of a run (the lock, reading the version table) drops out.
 */
class RoundTripsPostgresTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  @TempDir Path dir;

  @Test
  void aOneStatementRevision_costsTwoRoundTrips_andCommitsWithItsRows() throws Exception {
    int few = roundTripsOfUpgrade(2);
    int many = roundTripsOfUpgrade(12);
    assertThat((many - few) / 10.0).isEqualTo(2.0);
  }

  @Test
  void aRevisionOfThreeStatements_stillCostsTwoRoundTrips() throws Exception {
    int few = roundTripsOfUpgrade(2, 3);
    int many = roundTripsOfUpgrade(7, 3);
    assertThat((many - few) / 5.0).isEqualTo(2.0);
  }

  @Test
  void aStatementThatFailsInABatch_isNamedWithItsLine_andTheRevisionLeavesNothing() throws Exception {
    Path project = project(1, 1);
    Files.writeString(project.resolve("migrations/versions/b00000000002_batch.sql"), """
        -- Revision: b00000000002
        -- Revises: a00000000001
        -- Message: a batch that fails on its third statement

        -- +upgrade
        CREATE TABLE u_1 (id INTEGER PRIMARY KEY);
        CREATE TABLE u_2 (id INTEGER PRIMARY KEY);
        CREATE TABLE u_1 (id INTEGER PRIMARY KEY);
        CREATE TABLE u_3 (id INTEGER PRIMARY KEY);

        -- +downgrade
        DROP TABLE u_2;
        DROP TABLE u_1;
        """);
    try (Connection db = PG.newDatabase()) {
      Retort retort = Retort.configure().workingDirectory(project)
          .url("jdbc:postgresql://localhost:" + PG.port() + "/" + db.getCatalog())
          .user("postgres").password("postgres").load();
      RetortException e = catchThrowableOfType(() -> retort.upgrade("head"), RetortException.class);
      assertThat(e.code()).isEqualTo(ErrorCode.V004);
      assertThat(e.location().map(Object::toString)).hasValueSatisfying(
          where -> assertThat(where).endsWith("b00000000002_batch.sql:8"));
      assertThat(e.getMessage() + String.join("\n", e.details()))
          .contains("CREATE TABLE u_1 (id INTEGER PRIMARY KEY)").contains("already exists");
      assertThat(single(db, "SELECT version_num FROM retort_version")).isEqualTo(id(1));
      assertThat(single(db, "SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'u\\_%'"))
          .isEqualTo("0");
      assertThat(single(db, "SELECT count(*) FROM retort_history WHERE revision = 'b00000000002' AND NOT success"))
          .isEqualTo("1");
    }
  }

  private int roundTripsOfUpgrade(int revisions) throws Exception {
    return roundTripsOfUpgrade(revisions, 1);
  }

  /** Upgrades a new database to head through the relay; checks what it committed; the round trips counted. */
  private int roundTripsOfUpgrade(int revisions, int tablesEach) throws Exception {
    Path project = project(revisions, tablesEach);
    try (Connection db = PG.newDatabase(); PgRoundTrips relay = new PgRoundTrips(PG.port())) {
      Retort retort = Retort.configure().workingDirectory(project)
          .url("jdbc:postgresql://127.0.0.1:" + relay.port() + "/" + db.getCatalog() + "?sslmode=disable")
          .user("postgres").password("postgres").load();
      MigrationResult result = retort.upgrade("head");
      assertThat(result.applied()).hasSize(revisions);
      assertThat(single(db, "SELECT version_num FROM retort_version")).isEqualTo(id(revisions));
      assertThat(single(db, "SELECT count(*) FROM retort_history WHERE success")).isEqualTo(String.valueOf(revisions));
      assertThat(single(db, "SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 't\\_%'"))
          .isEqualTo(String.valueOf(revisions * tablesEach));
      return relay.count();
    }
  }

  private static String single(Connection db, String sql) throws SQLException {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      assertThat(rs.next()).isTrue();
      return rs.getString(1);
    }
  }

  private static String id(int n) {
    return String.format("a%011d", n);
  }

  private Path project(int revisions, int tablesEach) throws IOException {
    Path project = dir.resolve("p" + revisions + "x" + tablesEach);
    Path versions = Files.createDirectories(project.resolve("migrations/versions"));
    for (int n = 1; n <= revisions; n++) {
      StringBuilder text = new StringBuilder("-- Revision: " + id(n) + "\n");
      text.append("-- Revises: ").append(n > 1 ? id(n - 1) : "").append('\n');
      text.append("-- Message: tables of ").append(n).append("\n\n-- +upgrade\n");
      for (int t = 1; t <= tablesEach; t++) {
        text.append("CREATE TABLE t_").append(n).append('_').append(t).append(" (id INTEGER PRIMARY KEY);\n");
      }
      text.append("\n-- +downgrade\n");
      for (int t = tablesEach; t >= 1; t--) {
        text.append("DROP TABLE t_").append(n).append('_').append(t).append(";\n");
      }
      Files.writeString(versions.resolve(id(n) + "_tables.sql"), text.toString());
    }
    return project;
  }
}
