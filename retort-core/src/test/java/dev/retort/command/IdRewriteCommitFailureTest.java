package dev.retort.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.config.ConfigLoader;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.ops.PgServer;
import dev.retort.run.DatabaseIdRewrite;
import dev.retort.run.RunListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database connection breaks after the files are in place and before the commit: the files
 * are put back and the database keeps its rows (SQLite: the connection is closed; PostgreSQL:
 * the server ends the session).
 */
class IdRewriteCommitFailureTest {
  @RegisterExtension static final PgServer SERVER = new PgServer();

  private static final String A = "create_users_table_with_primary_key_2023";
  private static final String B = "add_orders_table_referencing_users_2023";

  @TempDir Path dir;

  private Project project(String url, String extra) throws IOException {
    Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
    Files.writeString(versions.resolve(A + "_users.sql"), "-- Revision: " + A + "\n-- Revises:\n\n-- +upgrade\n"
        + "CREATE TABLE users (id INT);\n-- +downgrade\nDROP TABLE users;\n");
    Files.writeString(versions.resolve(B + "_orders.sql"), "-- Revision: " + B + "\n-- Revises: " + A + "\n\n-- +upgrade\n"
        + "CREATE TABLE orders (id INT);\n-- +downgrade\nDROP TABLE orders;\n");
    Files.writeString(dir.resolve("retort.toml"), "script_location = \"migrations\"\nurl = \"" + url + "\"\n" + extra);
    Project project = Project.open(new ConfigLoader(Map.of(), dir).load(Optional.empty(), Map.of()));
    project.migrate(project.newRunner(RunListener.silent()), MigrateCommand.Kind.UPGRADE, "heads", false);
    return project;
  }

  private IdRewriteCommand command(Project project, Consumer<Connection> beforeCommit) {
    Database db = project.database();
    return new IdRewriteCommand(project.graph(), Optional.of(new DatabaseIdRewrite(db.url(), db.dialect(), db.options(),
        beforeCommit)), "retort_version", new Random(7));
  }

  private Map<String, String> files() throws Exception {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir.resolve("migrations"))) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        files.put(f.getFileName().toString(),
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
      }
    }
    return files;
  }

  private static List<String> rows(Connection c) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet v = st.executeQuery("SELECT version_num FROM retort_version ORDER BY 1")) {
      while (v.next()) {
        rows.add("version " + v.getString(1));
      }
    }
    try (Statement st = c.createStatement();
        ResultSet h = st.executeQuery("SELECT id, revision, direction, checksum FROM retort_history ORDER BY id")) {
      while (h.next()) {
        rows.add(h.getString(1) + "|" + h.getString(2) + "|" + h.getString(3) + "|" + h.getString(4));
      }
    }
    return rows;
  }

  @Test
  void sqlite_connectionClosedBeforeCommit_filesPutBack_rowsUnchanged() throws Exception {
    Project project = project("sqlite:app.db", "");
    List<String> rowsBefore;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"))) {
      rowsBefore = rows(c);
    }
    Map<String, String> filesBefore = files();
    List<Map<String, String>> filesAtCommit = new ArrayList<>();

    RetortException e = catchThrowableOfType(() -> command(project, connection -> {
      filesAtCommit.add(uncheckedFiles());
      try {
        connection.close();
      } catch (SQLException closing) {
        throw new IllegalStateException(closing);
      }
    }).rewrite(new IdSelection(java.util.OptionalInt.of(32), false, Optional.empty()), false,
        dir.resolve("ids.json")), RetortException.class);

    assertThat(e.code()).isEqualTo(ErrorCode.D002);
    assertThat(filesAtCommit).singleElement().satisfies(atCommit -> assertThat(atCommit).isNotEqualTo(filesBefore));
    assertThat(files()).isEqualTo(filesBefore);
    assertThat(dir.resolve("ids.json")).doesNotExist();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"))) {
      assertThat(rows(c)).isEqualTo(rowsBefore);
    }
  }

  @Test
  void postgres_sessionEndedByTheServerBeforeCommit_filesPutBack_rowsUnchanged() throws Exception {
    try (Connection watcher = SERVER.newDatabase()) {
      String url = watcher.getMetaData().getURL();
      Project project = project(url, "user = \"postgres\"\npassword = \"postgres\"\n");
      List<String> rowsBefore = rows(watcher);
      Map<String, String> filesBefore = files();

      RetortException e = catchThrowableOfType(() -> command(project, connection -> {
        try (Statement st = watcher.createStatement()) {
          st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
              + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
        } catch (SQLException killing) {
          throw new IllegalStateException(killing);
        }
      }).rename(A, "a0a0a0a0a0a0", false, Optional.empty()), RetortException.class);

      assertThat(e.code()).isEqualTo(ErrorCode.D002);
      assertThat(files()).isEqualTo(filesBefore);
      assertThat(rows(watcher)).isEqualTo(rowsBefore);
    }
  }

  private Map<String, String> uncheckedFiles() {
    try {
      return files();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
