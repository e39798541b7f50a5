package dev.retort.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The floor the apply benchmarks compare Retort with: plain JDBC on one connection, per revision
 * BEGIN; CREATE TABLE; version-row UPDATE (INSERT for the first); COMMIT. With {@code history},
 * also a history-row INSERT like Retort's.
 */
final class JdbcFloor {
  private JdbcFloor() {}

  static void run(BenchDb db, ApplyProject project, boolean history) throws SQLException {
    try (Connection c = db.connect()) {
      try (Statement st = c.createStatement()) {
        st.execute("CREATE TABLE floor_version (version_num VARCHAR(255) NOT NULL PRIMARY KEY)");
        if (history) {
          st.execute("CREATE TABLE floor_history (id " + switch (db.kind()) {
            case "sqlite" -> "INTEGER PRIMARY KEY AUTOINCREMENT";
            case "mysql" -> "BIGINT AUTO_INCREMENT PRIMARY KEY";
            default -> "BIGSERIAL PRIMARY KEY";
          } + ", revision VARCHAR(255) NOT NULL, direction VARCHAR(16) NOT NULL,"
              + " checksum VARCHAR(64), started_at VARCHAR(40) NOT NULL, duration_ms BIGINT NOT NULL,"
              + " applied_by VARCHAR(255) NOT NULL, success BOOLEAN NOT NULL)");
        }
      }
      c.setAutoCommit(false);
      try (Statement st = c.createStatement();
          PreparedStatement insert = c.prepareStatement("INSERT INTO floor_version (version_num) VALUES (?)");
          PreparedStatement update = c.prepareStatement("UPDATE floor_version SET version_num = ? WHERE version_num = ?");
          PreparedStatement hist = history ? c.prepareStatement("INSERT INTO floor_history (revision, direction, checksum,"
              + " started_at, duration_ms, applied_by, success) VALUES (?, ?, ?, ?, ?, ?, ?)") : null) {
        for (int n = 1; n <= project.size; n++) {
          String id = project.ids.get(n - 1);
          st.execute(ApplyProject.sql(n));
          if (n == 1) {
            insert.setString(1, id);
            insert.executeUpdate();
          } else {
            update.setString(1, id);
            update.setString(2, project.ids.get(n - 2));
            update.executeUpdate();
          }
          if (history) {
            hist.setString(1, id);
            hist.setString(2, "upgrade");
            hist.setString(3, "0".repeat(64));
            hist.setString(4, java.time.Instant.now().toString());
            hist.setLong(5, 0);
            hist.setString(6, "bench@localhost");
            hist.setBoolean(7, true);
            hist.executeUpdate();
          }
          c.commit();
        }
      }
    }
  }
}
