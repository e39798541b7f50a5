package dev.retort.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.api.Retort;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick start of {@code docs/java-api.md} as written: its Java block is compiled against
 * retort-core with the JDK's compiler and run on a project with two revisions; it must print the
 * output block shown under it, and {@code up to date} when run again.
 */
class JavaApiDocsTest {
  private static final Path PAGE = Path.of("..", "docs", "java-api.md");

  @TempDir Path dir;

  @Test
  void quickStart_compilesAndPrintsWhatThePageShows() throws Exception {
    List<String> page = Files.readAllLines(PAGE, StandardCharsets.UTF_8);
    int start = page.indexOf("## Quick start");
    assertThat(start).as("the quick start of %s", PAGE).isPositive();
    int javaOpen = opening(page, start, "```java");
    String source = String.join("\n", page.subList(javaOpen + 1, closing(page, javaOpen)));
    int outputOpen = opening(page, closing(page, javaOpen) + 1, "```");
    List<String> shown = page.subList(outputOpen + 1, closing(page, outputOpen));
    Matcher name = Pattern.compile("public final class (\\w+)").matcher(source);
    assertThat(name.find()).as("a public class in the example").isTrue();
    Path project = dir.resolve("project");
    writeRevision(project, "aaaa00000001", "", "create users", "CREATE TABLE users (id INTEGER PRIMARY KEY);",
        "DROP TABLE users;");
    writeRevision(project, "bbbb00000002", "aaaa00000001", "add orders",
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER);", "DROP TABLE orders;");

    Method main = compile(name.group(1), source).getMethod("main", String[].class);

    assertThat(run(main, project)).isEqualTo(shown);
    assertThat(project.resolve("app.db")).isRegularFile();
    assertThat(run(main, project)).first().isEqualTo("up to date");
  }

  @Test
  void callbackExample_compilesAndRecordsEachAppliedRevision() throws Exception {
    List<String> page = Files.readAllLines(PAGE, StandardCharsets.UTF_8);
    int start = page.indexOf("### Callbacks");
    assertThat(start).as("the callbacks section of %s", PAGE).isPositive();
    int javaOpen = opening(page, start, "```java");
    String source = String.join("\n", page.subList(javaOpen + 1, closing(page, javaOpen)));
    Matcher name = Pattern.compile("public final class (\\w+)").matcher(source);
    assertThat(name.find()).as("a public class in the example").isTrue();
    Path project = dir.resolve("project");
    writeRevision(project, "aaaa00000001", "", "create users", "CREATE TABLE users (id INTEGER PRIMARY KEY);",
        "DROP TABLE users;");
    writeRevision(project, "bbbb00000002", "aaaa00000001", "add orders",
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER);", "DROP TABLE orders;");
    dev.retort.api.Callback callback = (dev.retort.api.Callback) compile(name.group(1), source)
        .getDeclaredConstructor().newInstance();

    Retort.configure().workingDirectory(project).url("sqlite:app.db").callback(callback).load().upgrade("heads");

    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + project.resolve("app.db"));
        java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT revision FROM deploy_audit ORDER BY rowid")) {
      List<String> audited = new ArrayList<>();
      while (rs.next()) {
        audited.add(rs.getString(1));
      }
      assertThat(audited).containsExactly("aaaa00000001", "bbbb00000002");
    }
  }

  /** The line of the first {@code fence} at or after line {@code from}. */
  private static int opening(List<String> page, int from, String fence) {
    int line = from;
    while (!page.get(line).equals(fence)) {
      line++;
    }
    return line;
  }

  /** The line that closes the block opened at line {@code open}. */
  private static int closing(List<String> page, int open) {
    return opening(page, open + 1, "```");
  }

  private Class<?> compile(String className, String source) throws IOException, ClassNotFoundException {
    Path src = Files.createDirectories(dir.resolve("src")).resolve(className + ".java");
    Files.writeString(src, source);
    Path out = Files.createDirectories(dir.resolve("classes"));
    // the example may use the public API (dev.retort.api, dev.retort.error): both live in retort-core's classes
    String classPath = Path.of(Retort.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = javac.run(null, null, errors, "--release", "17", "-classpath", classPath, "-d", out.toString(),
        src.toString());
    assertThat(status).as("javac: %s", errors.toString(StandardCharsets.UTF_8)).isZero();
    URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader());
    return loader.loadClass(className);
  }

  private static List<String> run(Method main, Path project) throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      main.invoke(null, (Object) new String[] {project.toString()});
    } finally {
      System.setOut(original);
    }
    return new ArrayList<>(List.of(printed.toString(StandardCharsets.UTF_8).split("\n")));
  }

  private static void writeRevision(Path project, String id, String revises, String message, String upgrade,
      String downgrade) throws IOException {
    Path versions = Files.createDirectories(project.resolve("migrations/versions"));
    Files.writeString(versions.resolve(id + "_" + message.replace(' ', '_') + ".sql"),
        "-- Revision: " + id + "\n-- Revises: " + revises + "\n-- Message: " + message
            + "\n-- Create-Date: 2026-01-01T00:00:00Z\n\n-- +upgrade\n" + upgrade + "\n\n-- +downgrade\n" + downgrade
            + "\n");
  }
}
