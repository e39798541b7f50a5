package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code schema = "jpa:<package>"} end to end on SQLite: entities compiled into a folder of the
 * project, passed with --classpath, exported by Hibernate (retort-jpa, on the CLI's run-time class
 * path) and compared with the migrations; Hibernate prints nothing.
 */
class JpaCheckCliTest {
  /** Hibernate's SQLite DDL for {@link #ITEM}, as a migration would create it. */
  static final String ITEM_TABLE = "create table Item (id bigint not null, name varchar(100) not null, primary key (id));";
  static final String ITEM = """
      package shop;
      @jakarta.persistence.Entity
      public class Item {
        @jakarta.persistence.Id Long id;
        @jakarta.persistence.Column(length = 100, nullable = false) %s String name;
      }
      """;

  @TempDir Path dir;
  Map<String, String> env;

  @BeforeEach
  void cacheInTemp() {
    env = Map.of("RETORT_CACHE_DIR", dir.resolve("cache").toString());
  }

  TestProject project(String packageName, String itemAnnotation, String up) throws Exception {
    TestProject p = TestProject.in(dir.resolve("p"));
    p.file("retort.toml", "script_location = \"migrations\"\nurl = \"sqlite:app.db\"\nschema = \"jpa:" + packageName + "\"\n");
    CheckCliTest.revision(p, "aaaa00000001", "", "create item", up, "DROP TABLE Item;");
    compile(p.dir(), "shop/Item.java", ITEM.formatted(itemAnnotation));
    return p;
  }

  CliRun.Result run(TestProject p, String... args) {
    return CliRun.run(p.dir(), env, args);
  }

  @Test
  void check_entitiesAsTheMigrationsMadeThem_exitsZero_andHibernateIsQuiet() throws Exception {
    TestProject p = project("shop", "", ITEM_TABLE);
    CliRun.Result r = run(p, "check", "--classpath", "classes");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("no differences: migrations at heads (1 revision) matches JPA entities in shop");
    assertThat(r.errLines()).containsExactly("scratch: SQLite in memory");
  }

  @Test
  void check_entityWithANewColumn_exitsOne_namingIt() throws Exception {
    TestProject p = project("shop", "", "create table Item (id bigint not null, primary key (id));");
    CliRun.Result r = run(p, "check", "--classpath", "classes");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    assertThat(r.outLines()).contains("+ column Item.name");
    CliRun.assertNoStackTrace(r.err());
  }

  @Test
  void diff_renamedFromOnAField_renamesTheColumn_neverDrops() throws Exception {
    TestProject p = project("shop", "@dev.retort.migration.RenamedFrom(\"title\")",
        "create table Item (id bigint not null, title varchar(100) not null, primary key (id));");
    CliRun.Result r = run(p, "diff", "--classpath", "classes");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("(?i)RENAME COLUMN \"?title\"? TO \"?name\"?");
    assertThat(r.out()).doesNotContainPattern("(?i)DROP (TABLE|COLUMN)");
  }

  @Test
  void check_packageWithoutEntities_failsWithM010() throws Exception {
    TestProject p = project("nothing.here", "", ITEM_TABLE);
    CliRun.Result r = run(p, "check", "--classpath", "classes");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("error[RT-M010]: no JPA entities in package nothing.here");
    CliRun.assertNoStackTrace(r.err());
  }

  /** Compiles one source file into {@code project/classes}, against Jakarta Persistence and retort-migration-api. */
  static void compile(Path project, String file, String source) throws Exception {
    Path src = project.resolve("src").resolve(file);
    Files.createDirectories(src.getParent());
    Files.writeString(src, source);
    List<String> classpath = new ArrayList<>();
    for (String type : List.of("jakarta.persistence.Entity", "dev.retort.migration.RenamedFrom")) {
      classpath.add(Path.of(Class.forName(type).getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = ToolProvider.getSystemJavaCompiler().run(null, null, errors, "-d", project.resolve("classes").toString(),
        "-classpath", String.join(java.io.File.pathSeparator, classpath), "-proc:none", src.toString());
    assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();
  }
}
