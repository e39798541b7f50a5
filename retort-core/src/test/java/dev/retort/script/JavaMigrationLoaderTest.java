package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import dev.retort.graph.Revision;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Java revisions compile on demand with the JDK's compiler, cached by checksum, and load as a Migration. */
class JavaMigrationLoaderTest {
  @TempDir Path dir;

  private static String revision(String id, String className, String upgradeBody) {
    return """
        import dev.retort.migration.Migration;
        import dev.retort.migration.Operations;
        import dev.retort.migration.Revision;

        @Revision(id = "%s", revises = {}, message = "test")
        final class %s implements Migration {
          @Override
          public void upgrade(Operations op) {
            %s
          }

          @Override
          public void downgrade(Operations op) {
            op.execute("DOWN");
          }
        }
        """.formatted(id, className, upgradeBody);
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve("versions").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static Revision read(Path file) {
    return ScriptDirectory.read(file).toRevision();
  }

  /** Records what a migration asks for; only execute is expected here. */
  private static Operations recorder(List<String> executed) {
    return (Operations) Proxy.newProxyInstance(Operations.class.getClassLoader(), new Class<?>[] {Operations.class},
        (proxy, method, args) -> {
          if (method.getName().equals("execute")) {
            executed.add((String) args[0]);
            return null;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  private static List<Path> cached(Path cache) throws IOException {
    try (Stream<Path> s = Files.list(cache)) {
      return s.sorted().toList();
    }
  }

  @Test
  void load_compilesOnce_cachesByChecksum_andRecompilesAnEditedFile() throws IOException {
    Path file = write("aaaa0001_seed.java", revision("aaaa0001", "Seed", "op.execute(\"UP 1\");"));
    Path cache = dir.resolve(".retort-cache");
    JavaRevisionCompiler compiler = new JavaRevisionCompiler();
    JavaMigrationLoader loader = new JavaMigrationLoader(compiler, cache);

    List<String> executed = new ArrayList<>();
    loader.load(read(file)).upgrade(recorder(executed));
    assertThat(executed).containsExactly("UP 1");
    assertThat(compiler.compilations()).isEqualTo(1);
    Path first = cached(cache).get(0);
    assertThat(first.getFileName().toString()).isEqualTo(read(file).checksum());
    FileTime compiledAt = Files.getLastModifiedTime(first.resolve("Seed.class"));

    // a second run (a new loader and compiler, as a new process has) reuses the classes
    JavaRevisionCompiler again = new JavaRevisionCompiler();
    Migration reused = new JavaMigrationLoader(again, cache).load(read(file));
    reused.downgrade(recorder(executed));
    assertThat(again.compilations()).isZero();
    assertThat(Files.getLastModifiedTime(first.resolve("Seed.class"))).isEqualTo(compiledAt);
    assertThat(executed).containsExactly("UP 1", "DOWN");

    // an edit changes the checksum: compiled again into a new folder
    Files.writeString(file, revision("aaaa0001", "Seed", "op.execute(\"UP 2\");"));
    executed.clear();
    new JavaMigrationLoader(again, cache).load(read(file)).upgrade(recorder(executed));
    assertThat(again.compilations()).isEqualTo(1);
    assertThat(executed).containsExactly("UP 2");
    assertThat(cached(cache)).hasSize(2);
  }

  @Test
  void load_fileWithByteOrderMark_compilesAndRuns_cacheHoldsOnlyClasses() throws IOException {
    Path file = write("aaaa0001_bom.java", "\uFEFF" + revision("aaaa0001", "Bom", "op.execute(\"UP caf\u00e9\");"));
    Path cache = dir.resolve(".retort-cache");

    List<String> executed = new ArrayList<>();
    new JavaMigrationLoader(new JavaRevisionCompiler(), cache).load(read(file)).upgrade(recorder(executed));

    assertThat(executed).containsExactly("UP caf\u00e9");
    try (Stream<Path> s = Files.walk(cached(cache).get(0))) {
      assertThat(s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())).containsExactly("Bom.class");
    }
  }

  @Test
  void load_twoRevisionsWithTheSameClassName_loadSeparately() throws IOException {
    Path one = write("aaaa0001_a.java", revision("aaaa0001", "Same", "op.execute(\"ONE\");"));
    Path two = write("aaaa0002_b.java", revision("aaaa0002", "Same", "op.execute(\"TWO\");"));
    JavaMigrationLoader loader = new JavaMigrationLoader(new JavaRevisionCompiler(), dir.resolve(".retort-cache"));
    List<String> executed = new ArrayList<>();
    loader.load(read(one)).upgrade(recorder(executed));
    loader.load(read(two)).upgrade(recorder(executed));
    assertThat(executed).containsExactly("ONE", "TWO");
  }

  @Test
  void load_withoutCache_compilesIntoAHiddenFolderBesideTheFile_whichDiscoverySkips() throws IOException {
    Path file = write("aaaa0001_seed.java", revision("aaaa0001", "Seed", ""));
    JavaMigrationLoader.besideScripts().load(read(file));
    assertThat(dir.resolve("versions/.retort-cache")).isDirectory();
    assertThat(new ScriptDirectory(List.of(dir.resolve("versions"))).headers()).hasSize(1);
  }

  @Test
  void load_compileError_namesFileLineAndTheCompilersMessage_andCachesNothing() throws IOException {
    Path file = write("aaaa0001_bad.java", revision("aaaa0001", "Bad", "op.execute(\"UP\")"));
    Path cache = dir.resolve(".retort-cache");
    JavaCompileException e = catchThrowableOfType(
        () -> new JavaMigrationLoader(new JavaRevisionCompiler(), cache).load(read(file)), JavaCompileException.class);
    assertThat(e.code()).isEqualTo(ErrorCode.S008);
    assertThat(e.location()).get().satisfies(l -> {
      assertThat(l.file()).isEqualTo(file);
      assertThat(l.line()).isEqualTo(9);
    });
    assertThat(e.summary()).contains("does not compile").contains("';' expected");
    assertThat(e.render()).contains("aaaa0001_bad.java:9: ");
    assertThat(cached(cache)).isEmpty();
  }

  @Test
  void load_withoutACompiler_saysAJdkIsNeeded_butACachedClassStillLoads() throws IOException {
    Path file = write("aaaa0001_seed.java", revision("aaaa0001", "Seed", ""));
    Path cache = dir.resolve(".retort-cache");
    JavaMigrationLoader jre = new JavaMigrationLoader(new JavaRevisionCompiler(() -> null), cache);
    NoJavaCompilerException e = catchThrowableOfType(() -> jre.load(read(file)), NoJavaCompilerException.class);
    assertThat(e.code()).isEqualTo(ErrorCode.S009);
    assertThat(e.render()).contains("Java revisions need a JDK, not a JRE").contains("fix: run with a JDK (set JAVA_HOME");

    new JavaMigrationLoader(new JavaRevisionCompiler(), cache).load(read(file));
    assertThat(jre.load(read(file))).isNotNull();
  }

  @Test
  void load_noClassWithTheId_orNotAMigration_isRefused() throws IOException {
    Path cache = dir.resolve(".retort-cache");
    JavaMigrationLoader loader = new JavaMigrationLoader(new JavaRevisionCompiler(), cache);
    Path other = write("aaaa0001_other.java", revision("aaaa0001", "Other", ""));
    Revision header = read(other);
    Files.writeString(other, revision("bbbb0001", "Other", ""));
    JavaRevisionClassException wrongId = catchThrowableOfType(() -> loader.load(header), JavaRevisionClassException.class);
    assertThat(wrongId.code()).isEqualTo(ErrorCode.S010);
    assertThat(wrongId.summary()).contains("@Revision(id = \"aaaa0001\")").contains("Other (id bbbb0001)");

    Path plain = write("aaaa0002_plain.java", """
        @dev.retort.migration.Revision(id = "aaaa0002")
        final class Plain {
        }
        """);
    JavaRevisionClassException notMigration =
        catchThrowableOfType(() -> loader.load(read(plain)), JavaRevisionClassException.class);
    assertThat(notMigration.summary()).contains("Plain").contains("does not implement Migration");
  }
}
