package dev.retort.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repackaged application ({@code target/retort-example-spring-boot-<version>.jar}, built by
 * spring-boot-maven-plugin) started with {@code java -jar} in its own process, on a fresh SQLite
 * file: Retort reads the revisions from {@code classpath:db/retort} inside the fat jar (nested
 * jars, Spring Boot's class loader), with the JDK's compiler module left out as in a JRE.
 */
class FatJarIT {
  @TempDir Path work;

  @Test
  void theFatJarMigratesItsDatabaseFromClassPathRevisions() throws Exception {
    Path database = work.resolve("shop.db");
    Path log = work.resolve("shop.log");

    Process process = new ProcessBuilder(java(), "--limit-modules",
        "java.se,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.management", "-jar", fatJar().toString(),
        "--spring.datasource.url=jdbc:sqlite:" + database,
        "--spring.jpa.database-platform=org.hibernate.community.dialect.SQLiteDialect",
        "--spring.main.web-application-type=none")
        .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    // A generous bound only so that a hung application cannot hang the build.
    boolean exited = process.waitFor(10, TimeUnit.MINUTES);
    if (!exited) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);

    assertThat(exited).as("the application ended by itself; its output:%n%s", output).isTrue();
    assertThat(process.exitValue()).as("exit code; output:%n%s", output).isZero();
    assertThat(output).contains("1 customers at start-up");
    assertThat(query(database, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
        .contains("customers", "orders", "retort_version");
    assertThat(query(database, "SELECT version_num FROM retort_version")).containsExactly("3c4d5e6f7081");
  }

  private static Path fatJar() throws IOException {
    try (var files = Files.list(Path.of("target"))) {
      List<Path> jars = files.filter(f -> f.getFileName().toString().matches("retort-example-spring-boot-.*\\.jar"))
          .filter(f -> !f.getFileName().toString().endsWith("-sources.jar"))
          .toList();
      assertThat(jars).as("the repackaged jar in target/ (mvn package builds it)").hasSize(1);
      return jars.get(0).toAbsolutePath();
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static List<String> query(Path database, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
        ResultSet rows = connection.createStatement().executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
