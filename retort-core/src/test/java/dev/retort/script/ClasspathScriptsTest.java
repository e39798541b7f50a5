package dev.retort.script;

import static dev.retort.script.TestJars.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.RevisionKind;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revisions read from the class path: SQL resources and compiled classes, in jars and folders. */
class ClasspathScriptsTest {
  @TempDir Path dir;

  static final String FIRST = "-- Revision: a1\r\n-- Revises:\r\n-- Message: first\r\n\r\n-- +upgrade\r\n"
      + "CREATE TABLE t (id INTEGER);\r\n-- +downgrade\r\nDROP TABLE t;\r\n";
  static final String SECOND = "-- Revision: b2\n-- Revises: a1\n-- Message: second\n\n-- +upgrade\n"
      + "CREATE TABLE u (id INTEGER);\n-- +downgrade\nDROP TABLE u;\n";

  static String classRevision(String pkg, String name, String annotation, String implementsClause) {
    return """
        package %s;

        import dev.retort.migration.Migration;
        import dev.retort.migration.Operations;
        import dev.retort.migration.Revision;

        %s
        public final class %s %s {
          public void upgrade(Operations op) {
            op.execute("CREATE TABLE orders (id INTEGER)");
          }

          public void downgrade(Operations op) {
            op.execute("DROP TABLE orders");
          }
        }
        """.formatted(pkg, annotation, name, implementsClause);
  }

  static final String ADD_ORDERS = classRevision("db.retort", "AddOrders",
      "@Revision(id = \"c3\", revises = {\"b2\"}, message = \"add orders\", branchLabels = \"shop\")",
      "implements Migration");
  static final String HELPER = "package db.retort;\n\nfinal class Helper {\n  static String name() { return \"x\"; }\n}\n";

  /** The classes of {@code sources} as jar entries, compiled in a folder of their own. */
  private Map<String, byte[]> compiled(Map<String, String> sources) throws IOException {
    Path out = Files.createTempDirectory(dir, "classes");
    return TestJars.filesUnder(TestJars.compile(out, sources));
  }

  private Map<String, byte[]> app() throws IOException {
    Map<String, byte[]> entries = new HashMap<>(compiled(Map.of(
        "db/retort/AddOrders.java", ADD_ORDERS, "db/retort/Helper.java", HELPER)));
    entries.put("db/retort/a1_first.sql", utf8(FIRST));
    entries.put("db/retort/sub/b2_second.sql", utf8(SECOND));
    entries.put("db/retort/.draft/x.sql", utf8("-- Revision: not an id!\n-- Revises:\n"));
    entries.put("db/retort/README.txt", utf8("not a script"));
    entries.put("other/z9_elsewhere.sql", utf8("-- Revision: z9\n-- Revises:\n"));
    return entries;
  }

  private static ScriptDirectory classpath(ClassLoader loader, String... names) {
    List<ScriptSource> sources = new ArrayList<>();
    for (String name : names) {
      sources.add(ScriptSource.classpath(name, loader));
    }
    return ScriptDirectory.of(sources);
  }

  private static <T extends RetortException> T failure(Runnable action) {
    RetortException e = catchThrowableOfType(action::run, RetortException.class);
    assertThat(e).as("expected a RetortException").isNotNull();
    @SuppressWarnings("unchecked")
    T typed = (T) e;
    return typed;
  }

  @Test
  void jar_sqlResourcesAndRevisionClasses_formOneGraph() throws IOException {
    Path jar = TestJars.jar(dir.resolve("app.jar"), app());
    try (URLClassLoader loader = TestJars.loader(jar)) {
      RevisionGraph graph = classpath(loader, "db/retort").graph();

      assertThat(graph.topologicalOrder()).extracting(RevisionId::value).containsExactly("a1", "b2", "c3");
      Revision orders = graph.get(RevisionId.of("c3"));
      assertThat(orders.kind()).isEqualTo(RevisionKind.JAVA);
      assertThat(orders.parents()).containsExactly(RevisionId.of("b2"));
      assertThat(orders.message()).isEqualTo("add orders");
      assertThat(orders.branchLabels()).containsExactly("shop");
      assertThat(orders.checksum()).as("a class has no checksum: not compared").isEmpty();
      assertThat(orders.origin().path()).hasToString("classpath:db/retort/AddOrders.class");
      assertThat(graph.get(RevisionId.of("b2")).origin().path()).hasToString("classpath:db/retort/sub/b2_second.sql");
      assertThat(graph.get(RevisionId.of("b2")).origin().revisionLocation()).hasToString("classpath:db/retort/sub/b2_second.sql:1");
    }
  }

  @Test
  void sameBytes_onDiskInAJarAndInAFolder_haveTheSameChecksum() throws IOException {
    Path disk = Files.createDirectories(dir.resolve("migrations/versions"));
    Files.write(disk.resolve("a1_first.sql"), utf8(FIRST));
    Path classes = Files.createDirectories(dir.resolve("classes/db/retort"));
    Files.write(classes.resolve("a1_first.sql"), utf8(FIRST));
    Path jar = TestJars.jar(dir.resolve("app.jar"), Map.of("db/retort/a1_first.sql", utf8(FIRST)));
    Path lfJar = TestJars.jar(dir.resolve("lf.jar"), Map.of("db/retort/a1_first.sql", utf8(FIRST.replace("\r\n", "\n"))));

    String onDisk = new ScriptDirectory(List.of(disk)).headers().get(0).checksum();
    try (URLClassLoader inJar = TestJars.loader(jar);
        URLClassLoader inFolder = TestJars.loader(dir.resolve("classes"));
        URLClassLoader withLf = TestJars.loader(lfJar)) {
      assertThat(onDisk).isEqualTo(Checksum.of(utf8(FIRST))).matches("[0-9a-f]{64}");
      assertThat(classpath(inJar, "db/retort").headers().get(0).checksum()).isEqualTo(onDisk);
      assertThat(classpath(inFolder, "db/retort").headers().get(0).checksum()).isEqualTo(onDisk);
      assertThat(classpath(withLf, "db/retort").headers().get(0).checksum())
          .as("line endings are normalised wherever the file comes from").isEqualTo(onDisk);
    }
  }

  @Test
  void folderOnTheClassPath_andSeveralJars_areListedTogether() throws IOException {
    Map<String, byte[]> classes = compiled(Map.of("db/retort/AddOrders.java", ADD_ORDERS));
    Path folder = dir.resolve("classes");
    for (Map.Entry<String, byte[]> file : classes.entrySet()) {
      Path target = folder.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
    }
    Path first = TestJars.jar(dir.resolve("first.jar"), Map.of("db/retort/a1_first.sql", utf8(FIRST)));
    Path second = TestJars.jar(dir.resolve("second.jar"), Map.of("db/retort/b2_second.sql", utf8(SECOND)));

    try (URLClassLoader loader = TestJars.loader(folder, first, second)) {
      assertThat(classpath(loader, "/db/retort/").graph().topologicalOrder())
          .extracting(RevisionId::value).containsExactly("a1", "b2", "c3");
    }
  }

  @Test
  void nameInTwoClassPathEntries_readsTheCopyTheClassLoaderReads() throws IOException {
    String edited = FIRST.replace("CREATE TABLE t", "CREATE TABLE edited");
    Path folder = Files.createDirectories(dir.resolve("classes/db/retort"));
    Files.write(folder.resolve("a1_first.sql"), utf8(edited));
    Path jar = TestJars.jar(dir.resolve("app.jar"), Map.of("db/retort/a1_first.sql", utf8(FIRST)));

    try (URLClassLoader folderFirst = TestJars.loader(dir.resolve("classes"), jar);
        URLClassLoader jarFirst = TestJars.loader(jar, dir.resolve("classes"))) {
      ScriptHeader fromFolder = classpath(folderFirst, "db/retort").headers().get(0);
      ScriptHeader fromJar = classpath(jarFirst, "db/retort").headers().get(0);

      assertThat(fromFolder.checksum()).isEqualTo(Checksum.of(utf8(edited)));
      assertThat(SqlScript.read(fromFolder.path()).upgrade()).extracting(SqlStatement::sql)
          .containsExactly("CREATE TABLE edited (id INTEGER)");
      assertThat(fromJar.checksum()).isEqualTo(Checksum.of(utf8(FIRST)));
      assertThat(Files.readAllBytes(fromJar.path())).isEqualTo(utf8(FIRST))
          .isEqualTo(jarFirst.getResource("db/retort/a1_first.sql").openStream().readAllBytes());
      assertThat(Files.readAllBytes(fromFolder.path())).isEqualTo(utf8(edited))
          .isEqualTo(folderFirst.getResource("db/retort/a1_first.sql").openStream().readAllBytes());
    }
  }

  @Test
  void javaSourceShippedBesideItsClass_isCountedOnce() throws IOException {
    Map<String, byte[]> entries = new HashMap<>(compiled(Map.of("db/retort/AddOrders.java", ADD_ORDERS)));
    entries.put("db/retort/AddOrders.java", utf8(ADD_ORDERS));
    entries.put("db/retort/a1_first.sql", utf8(FIRST));
    entries.put("db/retort/b2_second.sql", utf8(SECOND));
    try (URLClassLoader loader = TestJars.loader(TestJars.jar(dir.resolve("app.jar"), entries))) {
      List<ScriptHeader> headers = classpath(loader, "db/retort").headers();

      assertThat(headers).extracting(ScriptHeader::id).containsExactlyInAnyOrder("a1", "b2", "c3");
      assertThat(headers).filteredOn(h -> h.id().equals("c3")).extracting(h -> h.path().toString())
          .containsExactly("classpath:db/retort/AddOrders.class");
    }
  }

  @Test
  void javaSourceWithoutItsClass_isRefusedNamingIt() throws IOException {
    String source = ADD_ORDERS.replace("package db.retort;", "package db.retort;\n// shipped as source only");
    Path jar = TestJars.jar(dir.resolve("app.jar"), Map.of("db/retort/b2_second.sql", utf8(SECOND),
        "db/retort/a1_first.sql", utf8(FIRST), "db/retort/AddOrders.java", utf8(source)));
    try (URLClassLoader loader = TestJars.loader(jar)) {
      RetortException e = failure(() -> classpath(loader, "db/retort").graph());

      assertThat(e.code()).isEqualTo(ErrorCode.S012);
      assertThat(e.getMessage()).contains("classpath:db/retort/AddOrders.java:", "c3", "compile it");
    }
  }

  @Test
  void locationThatNoClassPathEntryHolds_isRefusedNamingIt() throws IOException {
    Path jar = TestJars.jar(dir.resolve("app.jar"), Map.of("db/retort/a1_first.sql", utf8(FIRST)));
    try (URLClassLoader loader = TestJars.loader(jar)) {
      RetortException e = failure(() -> classpath(loader, "db/retrot").graph());

      assertThat(e.code()).isEqualTo(ErrorCode.S006);
      assertThat(e.getMessage()).contains("classpath:db/retrot", "db/retrot/", "test-app", "src/main/resources/db/retrot");
    }
  }

  @Test
  void revisionClassThatIsNoMigration_isRefusedNamingClassAndFile() throws IOException {
    Map<String, byte[]> entries = new HashMap<>(compiled(Map.of("db/retort/NotAMigration.java",
        classRevision("db.retort", "NotAMigration", "@Revision(id = \"d4\")", ""))));
    try (URLClassLoader loader = TestJars.loader(TestJars.jar(dir.resolve("app.jar"), entries))) {
      RetortException e = failure(() -> classpath(loader, "db/retort").graph());

      assertThat(e.code()).isEqualTo(ErrorCode.S010);
      assertThat(e.getMessage()).contains("classpath:db/retort/NotAMigration.class",
          "db.retort.NotAMigration carries @Revision but does not implement Migration",
          "public final class NotAMigration implements Migration");
    }
  }

  @Test
  void migrationClassWithoutRevision_isRefusedWithTheAnnotationToAdd() throws IOException {
    Map<String, byte[]> entries = new HashMap<>(compiled(Map.of("db/retort/Forgotten.java",
        classRevision("db.retort", "Forgotten", "", "implements Migration"))));
    entries.put("db/retort/a1_first.sql", utf8(FIRST));
    try (URLClassLoader loader = TestJars.loader(TestJars.jar(dir.resolve("app.jar"), entries))) {
      RetortException e = failure(() -> classpath(loader, "db/retort").graph());

      assertThat(e.code()).isEqualTo(ErrorCode.S002);
      assertThat(e.getMessage()).contains("classpath:db/retort/Forgotten.class",
          "class db.retort.Forgotten implements Migration but no revision header", "revises = \"a1\"");
    }
  }

  @Test
  void revisionClass_loadsAndRuns_withoutACompiler() throws IOException {
    Path jar = TestJars.jar(dir.resolve("app.jar"), app());
    try (URLClassLoader loader = TestJars.loader(jar)) {
      Revision orders = classpath(loader, "db/retort").graph().get(RevisionId.of("c3"));
      JavaRevisionCompiler noCompiler = new JavaRevisionCompiler(() -> null);

      Migration migration = new JavaMigrationLoader(noCompiler, null).load(orders);

      assertThat(migration.getClass().getName()).isEqualTo("db.retort.AddOrders");
      assertThat(migration.getClass().getClassLoader()).isSameAs(loader);
      List<String> executed = new ArrayList<>();
      migration.upgrade(recorder(executed));
      assertThat(executed).containsExactly("CREATE TABLE orders (id INTEGER)");
      assertThat(noCompiler.compilations()).isZero();
    }
  }

  @Test
  void sqlResource_readsThroughFiles_likeAFile() throws IOException {
    Path jar = TestJars.jar(dir.resolve("app.jar"), Map.of("db/retort/a1_first.sql", utf8(FIRST)));
    try (URLClassLoader loader = TestJars.loader(jar)) {
      Path file = classpath(loader, "db/retort").headers().get(0).path();

      assertThat(Files.readAllBytes(file)).isEqualTo(utf8(FIRST));
      assertThat(Files.isRegularFile(file)).isTrue();
      assertThat(Files.isDirectory(file.getParent())).isTrue();
      assertThat(Files.exists(file.resolveSibling("missing.sql"))).isFalse();
      assertThat(SqlScript.read(file).upgrade()).extracting(SqlStatement::sql).containsExactly("CREATE TABLE t (id INTEGER)");
      assertThat(dev.retort.error.Paths.display(file)).isEqualTo("classpath:db/retort/a1_first.sql");
      assertThatThrownBy(() -> Files.writeString(file, "x")).isInstanceOf(ReadOnlyFileSystemException.class);
    }
  }

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
}
