package dev.retort.api;

import static dev.retort.script.TestJars.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.script.TestJars;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application's jar holding SQL revisions as resources and Java revisions as classes its build
 * compiled: a real SQLite database is upgraded from it through the facade.
 */
class ClasspathUpgradeTest {
  @TempDir Path dir;

  static final String FIRST = "-- Revision: a1\r\n-- Revises:\r\n-- Message: first\r\n\r\n-- +upgrade\r\n"
      + "CREATE TABLE t (id INTEGER);\r\n-- +downgrade\r\nDROP TABLE t;\r\n";
  static final String SECOND = "-- Revision: b2\n-- Revises: a1\n-- Message: second\n\n-- +upgrade\n"
      + "CREATE TABLE u (id INTEGER);\n-- +downgrade\nDROP TABLE u;\n";
  static final String ORDERS = """
      package db.retort;

      import dev.retort.migration.Migration;
      import dev.retort.migration.Operations;
      import dev.retort.migration.Revision;

      @Revision(id = "c3", revises = "b2", message = "add orders")
      public final class AddOrders implements Migration {
        public void upgrade(Operations op) {
          op.execute("CREATE TABLE orders (id INTEGER)");
        }

        public void downgrade(Operations op) {
          op.execute("DROP TABLE orders");
        }
      }
      """;

  private Path appJar() throws IOException {
    Path classes = TestJars.compile(dir.resolve("classes"), Map.of("db/retort/AddOrders.java", ORDERS));
    Map<String, byte[]> entries = new HashMap<>(TestJars.filesUnder(classes));
    entries.put("db/retort/a1_first.sql", utf8(FIRST));
    entries.put("db/retort/b2_second.sql", utf8(SECOND));
    return TestJars.jar(dir.resolve("app.jar"), entries);
  }

  private RetortBuilder config(String locations, String database) throws IOException {
    Path project = Files.createDirectories(dir.resolve("project-" + database));
    Files.writeString(project.resolve("retort.toml"),
        "version_locations = [" + locations + "]\nurl = \"sqlite:" + database + ".db\"\n");
    return Retort.configure().configFile(project.resolve("retort.toml"));
  }

  private static void upgrade(Retort retort, String target) {
    retort.upgrade(target);
  }

  private static List<String> rows(Retort retort, String sql) throws SQLException {
    String file = retort.settings().baseFolder()
        .resolve(retort.settings().url().substring("sqlite:".length())).toString();
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1) + (rs.getMetaData().getColumnCount() > 1 ? "=" + rs.getString(2) : ""));
      }
    }
    return out;
  }

  @Test
  void upgrade_fromAJarOnAClassLoader_runsSqlResourcesAndRevisionClasses() throws Exception {
    try (URLClassLoader app = TestJars.loader(appJar())) {
      Retort retort = config("\"classpath:db/retort\"", "jar").classLoader(app).load();

      upgrade(retort, "head");

      assertThat(rows(retort, "SELECT version_num FROM retort_version")).containsExactly("c3");
      assertThat(rows(retort, "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('t', 'u', 'orders')"
          + " ORDER BY name")).containsExactly("orders", "t", "u");
      assertThat(rows(retort, "SELECT revision, checksum FROM retort_history WHERE direction = 'upgrade' ORDER BY revision"))
          .containsExactly("a1=" + dev.retort.script.Checksum.of(utf8(FIRST)),
              "b2=" + dev.retort.script.Checksum.of(utf8(SECOND)), "c3=");
      assertThat(retort.status()).extracting(RevisionStatus::state)
          .containsExactly(RevisionState.APPLIED, RevisionState.APPLIED, RevisionState.APPLIED);

      retort.downgrade("a1");
      assertThat(rows(retort, "SELECT version_num FROM retort_version")).containsExactly("a1");
      assertThat(rows(retort, "SELECT name FROM sqlite_master WHERE name = 'orders'")).isEmpty();
    }
  }

  @Test
  void contextClassLoader_isTheDefault() throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader app = TestJars.loader(appJar())) {
      thread.setContextClassLoader(app);
      Retort retort = config("\"classpath:db/retort\"", "context").load();

      upgrade(retort, "heads");

      assertThat(rows(retort, "SELECT version_num FROM retort_version")).containsExactly("c3");
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  @Test
  void revisionsAppliedFromFiles_areNotEditedWhenReadFromTheJar() throws Exception {
    Path versions = Files.createDirectories(dir.resolve("src/main/resources/db/retort"));
    Files.write(versions.resolve("a1_first.sql"), utf8(FIRST));
    Files.write(versions.resolve("b2_second.sql"), utf8(SECOND));
    Files.write(versions.resolve("AddOrders.java"), utf8(ORDERS));
    Retort fromFiles = config("\"" + versions + "\"", "shared").load();
    upgrade(fromFiles, "head");
    Map<String, String> fromDisk = new LinkedHashMap<>();
    fromFiles.history(Optional.empty()).forEach(r -> fromDisk.put(r.id(), r.checksum()));
    assertThat(fromDisk.get("c3")).as("the .java file's checksum, recorded when it ran").matches("[0-9a-f]{64}");

    try (URLClassLoader app = TestJars.loader(appJar())) {
      Retort fromJar = config("\"classpath:db/retort\"", "shared").classLoader(app).load();
      Map<String, String> inJar = new LinkedHashMap<>();
      fromJar.history(Optional.empty()).forEach(r -> inJar.put(r.id(), r.checksum()));

      assertThat(inJar).containsEntry("a1", fromDisk.get("a1")).containsEntry("b2", fromDisk.get("b2"))
          .containsEntry("c3", "");
      assertThat(fromJar.status()).extracting(e -> e.id() + ":" + e.state().name().toLowerCase(java.util.Locale.ROOT))
          .as("a class is not compared with the checksum its source had")
          .containsExactly("a1:applied", "b2:applied", "c3:applied");
    }
  }

  @Test
  void revision_withOnlyAClassPathLocation_isRefusedNamingItAndTheFix() throws Exception {
    try (URLClassLoader app = TestJars.loader(appJar())) {
      Retort retort = config("\"classpath:db/retort\"", "write").classLoader(app).load();

      RetortException e = catchThrowableOfType(
          () -> retort.revision(NewRevision.withMessage("add x")),
          RetortException.class);

      assertThat(e).isNotNull();
      assertThat(e.code()).isEqualTo(ErrorCode.A001);
      assertThat(e.getMessage()).contains("classpath:db/retort", "read-only",
          "version_locations = [\"src/main/resources/db/retort\"]");
      RetortException merge = catchThrowableOfType(
          () -> retort.merge(List.of("heads"), "merge", Optional.empty(), List.of()), RetortException.class);
      assertThat(merge).isNotNull();
      assertThat(merge.code()).isEqualTo(ErrorCode.A001);
    }
  }
}
