package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application that embeds Retort and ships its revisions inside its own jar, run as a real
 * {@code java -jar} process on a runtime without the {@code java.compiler} module: a plain jar
 * (dependencies on its manifest's Class-Path) and a Spring Boot executable jar (Boot's launcher,
 * classes under {@code BOOT-INF/classes}, jars nested under {@code BOOT-INF/lib}). Both upgrade a
 * SQLite database from SQL resources and a Java revision compiled by the application's build.
 */
class ClasspathAppTest {
  /** The modules of a runtime without a compiler (no java.compiler, no jdk.compiler). */
  static final String MODULES = "java.base,java.sql,java.logging,java.naming,java.management";

  static final String MAIN = """
      package app;

      import dev.retort.api.Retort;
      import java.nio.file.Path;
      import java.util.Locale;

      public final class Main {
        public static void main(String[] args) {
          Retort retort = Retort.configure()
              .workingDirectory(Path.of(args[0]))
              .locations("classpath:db/retort")
              .url("jdbc:sqlite:" + args[1])
              .load();
          retort.upgrade("head");
          retort.status().forEach(e -> System.out.println(e.id() + " " + e.state().name().toLowerCase(Locale.ROOT)
              + " " + e.revision().orElseThrow().location()));
          System.out.println("java.compiler: " + ModuleLayer.boot().findModule("java.compiler").isPresent());
          System.out.println("loader: " + Thread.currentThread().getContextClassLoader().getClass().getName());
          System.out.println("folder: " + Thread.currentThread().getContextClassLoader().getResource("db/retort"));
        }
      }
      """;
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
  static final String FIRST = "-- Revision: a1\n-- Revises:\n-- Message: first\n\n-- +upgrade\nCREATE TABLE t (id INTEGER);\n";
  static final String SECOND = "-- Revision: b2\n-- Revises: a1\n-- Message: second\n\n-- +upgrade\nCREATE TABLE u (id INTEGER);\n";

  @TempDir Path dir;
  List<Path> runtime;
  Map<String, byte[]> app;

  @BeforeEach
  void build() {
    runtime = AppJars.runtime();
    app = new TreeMap<>(AppJars.compile(dir, Map.of("app/Main.java", MAIN, "db/retort/AddOrders.java", ORDERS), runtime));
    app.put("db/retort/a1_first.sql", FIRST.getBytes(StandardCharsets.UTF_8));
    app.put("db/retort/b2_second.sql", SECOND.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void plainJar_upgradesFromItsOwnResourcesAndClasses_withoutACompiler() throws Exception {
    List<String> classPath = new ArrayList<>();
    for (Path entry : runtime) {
      classPath.add(entry.toUri().toString());
    }
    Path jar = AppJars.write(dir.resolve("app.jar"), AppJars.manifest(Map.of(
        "Main-Class", "app.Main", "Class-Path", String.join(" ", classPath))), app, false);

    List<String> out = run(jar, dir.resolve("plain.db"));

    assertThat(out).contains("a1 applied classpath:db/retort/a1_first.sql", "b2 applied classpath:db/retort/b2_second.sql",
        "c3 applied classpath:db/retort/AddOrders.class", "java.compiler: false");
    assertThat(out).anySatisfy(line -> assertThat(line).startsWith("folder: jar:file:").endsWith("app.jar!/db/retort"));
    assertThat(versionRows(dir.resolve("plain.db"))).containsExactly("c3");
  }

  @Test
  void springBootJar_upgradesFromBootInfClasses_withoutACompiler() throws Exception {
    Map<String, byte[]> entries = new TreeMap<>(AppJars.entriesOf(bootLoader(), "org/springframework/boot/loader/"));
    app.forEach((name, bytes) -> entries.put("BOOT-INF/classes/" + name, bytes));
    for (Path entry : runtime) {
      String name = Files.isRegularFile(entry) ? entry.getFileName().toString()
          : entry.getParent().getParent().getFileName() + "-" + entry.getFileName() + ".jar";
      entries.put("BOOT-INF/lib/" + name, AppJars.asJar(entry));
    }
    Path jar = AppJars.write(dir.resolve("boot.jar"), AppJars.manifest(Map.of(
        "Main-Class", "org.springframework.boot.loader.launch.JarLauncher", "Start-Class", "app.Main",
        "Spring-Boot-Classes", "BOOT-INF/classes/", "Spring-Boot-Lib", "BOOT-INF/lib/")), entries, true);

    List<String> out = run(jar, dir.resolve("boot.db"));

    assertThat(out).contains("a1 applied classpath:db/retort/a1_first.sql", "b2 applied classpath:db/retort/b2_second.sql",
        "c3 applied classpath:db/retort/AddOrders.class", "java.compiler: false",
        "loader: org.springframework.boot.loader.launch.LaunchedClassLoader");
    assertThat(out).anySatisfy(line -> assertThat(line).startsWith("folder: jar:nested:")
        .endsWith("boot.jar/!BOOT-INF/classes/!/db/retort"));
    assertThat(versionRows(dir.resolve("boot.db"))).containsExactly("c3");
  }

  /** Runs {@code java -jar} on a runtime limited to {@link #MODULES}; its stdout lines, after checking it succeeded. */
  private List<String> run(Path jar, Path database) throws IOException, InterruptedException {
    Path out = dir.resolve(jar.getFileName() + ".out");
    Path err = dir.resolve(jar.getFileName() + ".err");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "--limit-modules", MODULES, "-jar", jar.toString(),
        dir.toString(), database.toString())
        .directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
    }
    assertThat(process.exitValue()).as("exit code; stderr:\n%s", Files.readString(err)).isZero();
    return Files.readAllLines(out);
  }

  private static Path bootLoader() throws URISyntaxException, ClassNotFoundException {
    return Path.of(Class.forName("org.springframework.boot.loader.launch.JarLauncher")
        .getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static List<String> versionRows(Path database) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
        Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT version_num FROM retort_version")) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }
}
