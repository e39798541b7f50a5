package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Java revisions written with {@code retort revision --java}: compiled on demand (once, cached by
 * checksum), run in their step's transaction with raw JDBC for data migrations, refused before
 * anything runs when they do not compile, rolled back when they throw (where DDL rolls back; else
 * left for {@code retort resolve}), and rendered offline.
 */
class JavaRevisionTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  private static final String EMPTY_UPGRADE = "  public void upgrade(Operations op) {\n  }";
  private static final String EMPTY_DOWNGRADE = "  public void downgrade(Operations op) {\n  }";

  @TempDir Path tmp;

  /** A SQL base that creates users, then a Java revision (its file returned) with the given bodies. */
  private Path javaOnTopOfUsers(Project p, TestDb db, String upgrade, String downgrade) {
    Path sql = Path.of(p.run(db.env(), "revision", "-m", "create users").succeeded().out().strip());
    Project.write(p.dir().resolve(sql), """
        -- Revision: %s
        -- Revises:
        -- Message: create users

        -- +upgrade
        CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(200) NOT NULL);
        INSERT INTO users (id, email) VALUES (1, 'ann@example.com');
        INSERT INTO users (id, email) VALUES (2, 'bob@example.org');

        -- +downgrade
        DROP TABLE users;
        """.formatted(sql.getFileName().toString().substring(0, 12)));
    Path java = p.dir().resolve(p.run(db.env(), "revision", "--java", "-m", "backfill domain").succeeded().out().strip());
    String text = Project.read(java);
    assertThat(text).contains(EMPTY_UPGRADE).contains(EMPTY_DOWNGRADE);
    Project.write(java, text.replace(EMPTY_UPGRADE, "  public void upgrade(Operations op) {\n" + upgrade + "\n  }")
        .replace(EMPTY_DOWNGRADE, "  public void downgrade(Operations op) {\n" + downgrade + "\n  }"));
    return java;
  }

  private static final String BACKFILL = """
          op.execute("ALTER TABLE users ADD COLUMN domain VARCHAR(200)");
          try (java.sql.PreparedStatement read = op.connection().prepareStatement("SELECT id, email FROM users");
              java.sql.PreparedStatement write = op.connection().prepareStatement(
                  "UPDATE users SET domain = ? WHERE id = ?");
              java.sql.ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
              String email = rows.getString(2);
              write.setString(1, email.substring(email.indexOf('@') + 1));
              write.setInt(2, rows.getInt(1));
              write.executeUpdate();
            }
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          }""";

  private static final String DROP_DOMAIN = "    op.execute(\"ALTER TABLE users DROP COLUMN domain\");";

  private static int lineOf(Path file, String text) {
    List<String> lines = Project.read(file).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(text + " is not in " + file);
  }

  private static List<Path> cacheEntries(Project p) throws IOException {
    Path cache = p.dir().resolve("migrations/.retort-cache");
    if (!Files.isDirectory(cache)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(cache)) {
      return s.sorted().toList();
    }
  }

  private static FileTime classTime(Path cacheEntry) throws IOException {
    try (Stream<Path> s = Files.list(cacheEntry)) {
      return Files.getLastModifiedTime(s.filter(f -> f.toString().endsWith(".class")).findFirst().orElseThrow());
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void dataMigration_upgradesAndDowngrades_compilingOnceAndAgainAfterAnEdit(Kind kind) throws IOException {
    Project p = Project.in(tmp.resolve("project"));
    TestDb db = kind.fresh(PG, tmp, "java");
    Path java = javaOnTopOfUsers(p, db, BACKFILL, DROP_DOMAIN);
    String id = java.getFileName().toString().substring(0, 12);

    p.run(db.env(), "upgrade", "head").succeeded();
    assertThat(db.rows()).containsExactly(id);
    assertThat(db.query("SELECT email, domain FROM users ORDER BY id")).containsExactly(
        List.of("ann@example.com", "example.com"), List.of("bob@example.org", "example.org"));
    List<Path> cached = cacheEntries(p);
    assertThat(cached).hasSize(1);
    FileTime compiledAt = classTime(cached.get(0));

    p.run(db.env(), "downgrade", "base").succeeded();
    assertThat(db.rows()).isEmpty();
    assertThat(db.userTables()).isEmpty();
    assertThat(cacheEntries(p)).as("unchanged file: not compiled again").isEqualTo(cached);
    assertThat(classTime(cached.get(0))).isEqualTo(compiledAt);

    Project.write(java, Project.read(java).replace("substring(email.indexOf('@') + 1)", "toUpperCase()"));
    p.run(db.env(), "upgrade", "head").succeeded();
    assertThat(cacheEntries(p)).as("edited file: compiled again").hasSize(2);
    assertThat(db.query("SELECT domain FROM users ORDER BY id")).containsExactly(
        List.of("ANN@EXAMPLE.COM"), List.of("BOB@EXAMPLE.ORG"));
    assertThat(db.history()).extracting(TestDb.History::revision, TestDb.History::success).contains(
        org.assertj.core.groups.Tuple.tuple(id, true));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void revisionThatDoesNotCompile_namesFileLineAndMessage_andNothingRuns(Kind kind) {
    Project p = Project.in(tmp.resolve("project"));
    TestDb db = kind.fresh(PG, tmp, "nocompile");
    Path java = javaOnTopOfUsers(p, db, "    op.execute(\"SELECT 1\")", "");
    int line = lineOf(java, "op.execute(\"SELECT 1\")");

    Cli.Result r = p.run(db.env(), "upgrade", "head");

    r.failedWith("RT-S008");
    assertThat(r.err()).contains(java.getFileName() + ":" + line + ": ")
        .contains("does not compile: ';' expected")
        .doesNotContain("Running upgrade")
        .doesNotContain("\tat ");
    assertThat(db.rows()).isEmpty();
    assertThat(db.userTables()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void migrationThatThrows_leavesTheVersionTableUnchanged_andIsRolledBackWhereDdlRollsBack(Kind kind) {
    Project p = Project.in(tmp.resolve("project"));
    TestDb db = kind.fresh(PG, tmp, "throws");
    Path java = javaOnTopOfUsers(p, db, """
            op.execute("CREATE TABLE audit (id INTEGER)");
            op.execute("UPDATE users SET email = 'x'");
            throw new IllegalStateException("boom: bad data in users");""", "");
    p.run(db.env(), "upgrade", "head-1").succeeded();
    List<String> before = db.rows();
    int line = lineOf(java, "throw new IllegalStateException");

    Cli.Result r = p.run(db.env(), "upgrade", "head");

    r.failedWith("RT-V006");
    assertThat(r.err()).contains(java.getFileName() + ":" + line + ": ")
        .contains("boom: bad data in users")
        .doesNotContain("\tat ");
    assertThat(db.rows()).isEqualTo(before);
    assertThat(db.history()).filteredOn(h -> !h.success()).hasSize(1);
    if (db.ddlRollsBack()) {
      assertThat(r.err()).contains("rolled back");
      assertThat(db.userTables()).containsExactly("users");
      assertThat(db.count("SELECT count(*) FROM users WHERE email = 'x'")).isZero();
    } else {
      // each op.execute committed as it ran: both stay, the error lists them, the next run waits for resolve
      assertThat(r.errLines()).contains("  ran:      statements 1-2", "    1: CREATE TABLE audit (id INTEGER)",
          "    2: UPDATE users SET email = 'x'");
      String id = java.getFileName().toString().substring(0, 12);
      assertThat(r.err()).contains("retort resolve " + id + " --rolled-back")
          .doesNotContain("run the same command again");
      assertThat(db.userTables()).containsExactlyInAnyOrder("users", "audit");
      assertThat(db.count("SELECT count(*) FROM users WHERE email = 'x'")).isEqualTo(2);
      p.run(db.env(), "upgrade", "head").failedWith("RT-V040");
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void offlineSql_rendersOperations_andRefusesConnection(Kind kind) {
    Project p = Project.in(tmp.resolve("project"));
    TestDb db = kind.fresh(PG, tmp, "offline");
    Path java = javaOnTopOfUsers(p, db, "    op.execute(\"CREATE INDEX users_email ON users (email)\");",
        "    op.execute(\"" + db.dropIndex("users_email", "users") + "\");");

    if (!db.hasInMemoryForm()) {
      // a server database cannot be conjured offline: the Java revision renders on dev_url
      Cli.Result noScratch = p.run(db.env(), "upgrade", "head", "--sql");
      noScratch.failedWith("RT-V005");
      assertThat(noScratch.err()).contains("without a scratch database").contains("dev_url");
      p.config("dev_url = \"" + kind.fresh(PG, tmp, "scratch").url() + "\"");
    }
    Cli.Result sql = p.run(db.env(), "upgrade", "head", "--sql").succeeded();
    assertThat(sql.out()).contains("CREATE TABLE users").contains("CREATE INDEX users_email ON users (email)");
    assertThat(db.rows()).isEmpty();

    Project.write(java, Project.read(java).replace("op.execute(\"CREATE INDEX users_email ON users (email)\");",
        "op.connection();"));
    Cli.Result refused = p.run(db.env(), "upgrade", "head", "--sql");
    refused.failedWith("RT-V005");
    assertThat(refused.err()).contains(java.getFileName().toString()).contains("cannot be rendered as SQL")
        .contains("connection()").contains("offline (--sql)");
    assertThat(refused.out()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void nonTransactionalJavaRevision_runsInAutocommit(Kind kind) {
    Project p = Project.in(tmp.resolve("project"));
    TestDb db = kind.fresh(PG, tmp, "nontx");
    // concurrently() builds without blocking writes where the database can (PostgreSQL, MySQL), plainly elsewhere
    String index = "dev.retort.migration.Index.on(\"users\", \"email\").named(\"users_email\")"
        + ".concurrently().ifNotExists()";
    Path java = javaOnTopOfUsers(p, db, "    op.createIndex(" + index + ");",
        "    op.dropIndexIfExists(\"users\", \"users_email\");");
    Project.write(java, Project.read(java).replace("message = \"backfill domain\",",
        "message = \"backfill domain\",\n    transactional = false,"));

    p.run(db.env(), "upgrade", "head").succeeded();
    assertThat(db.rows()).hasSize(1);
    p.run(db.env(), "downgrade", "base").succeeded();
    assertThat(db.userTables()).isEmpty();
  }

  // PostgreSQL only: CONCURRENTLY, and its refusal inside a transaction, are PostgreSQL's
  @Test
  void concurrentlyInATransactionalJavaRevision_isRefusedBeforeAnythingRuns() {
    Project p = Project.in(tmp.resolve("project"));
    TestDb db = Kind.POSTGRES.fresh(PG, tmp, "cic");
    Path java = javaOnTopOfUsers(p, db, "    op.execute(\"CREATE INDEX CONCURRENTLY users_email ON users (email)\");",
        "    op.execute(\"DROP INDEX users_email\");");
    int line = lineOf(java, "CONCURRENTLY");

    for (List<String> args : List.of(List.of("upgrade", "head"), List.of("upgrade", "--plan", "head"))) {
      Cli.Result r = p.run(db.env(), args.toArray(String[]::new)).failedWith("RT-V008");
      assertThat(r.err()).as("%s", args).contains(java.getFileName() + ":" + line + ": ")
          .contains("CREATE INDEX CONCURRENTLY users_email ON users (email)")
          .contains("fix: add 'transactional = false' to @Revision(...)")
          .doesNotContain("Running upgrade");
    }
    assertThat(db.rows()).isEmpty();
    assertThat(db.userTables()).isEmpty();
  }

  /**
   * The preflight reads a Java revision's source as lint does, line endings normalised: in a file
   * with carriage returns only, a {@code //} comment used to swallow the rest of the file, so the
   * CONCURRENTLY statement went unseen and the SQL base was applied before the database refused it.
   */
  // PostgreSQL only, as above
  @Test
  void concurrentlyInAJavaRevisionWithCarriageReturnLineEndings_isRefusedAtItsLine() {
    Project p = Project.in(tmp.resolve("project"));
    TestDb db = Kind.POSTGRES.fresh(PG, tmp, "cicr");
    Path java = javaOnTopOfUsers(p, db, "    // build it\n"
        + "    op.execute(\"CREATE INDEX CONCURRENTLY users_email ON users (email)\");",
        "    op.execute(\"DROP INDEX users_email\");");
    Project.write(java, Project.read(java).replace("\r\n", "\n").replace('\n', '\r'));
    int line = lineOf(java, "CONCURRENTLY");

    Cli.Result r = p.run(db.env(), "upgrade", "head").failedWith("RT-V008");

    assertThat(r.err()).contains(java.getFileName() + ":" + line + ": ").doesNotContain("Running upgrade");
    assertThat(db.rows()).isEmpty();
    assertThat(db.userTables()).isEmpty();
  }

  // the name is refused before any database sees it: one database shows it
  @Test
  void illegalNameInAJavaRevision_offlineAndOnline_saysSo_andNotThatItNeedsAConnection() {
    Project p = Project.in(tmp.resolve("project"));
    TestDb db = Kind.SQLITE.fresh(PG, tmp, "illegal");
    Path java = javaOnTopOfUsers(p, db, "    op.dropTable(\"bad-name\");", "");
    String at = java.getFileName() + ":" + lineOf(java, "bad-name") + ": ";

    Cli.Result offline = p.run(db.env(), "upgrade", "head", "--sql").failedWith("RT-V006");
    assertThat(offline.err()).contains(at).contains("illegal table name 'bad-name'")
        .contains("nothing was written").doesNotContain("connection()").doesNotContain("RT-V005");
    assertThat(offline.out()).isEmpty();

    Cli.Result online = p.run(db.env(), "upgrade", "head").failedWith("RT-V006");
    assertThat(online.err()).contains(at).contains("illegal table name 'bad-name'")
        .doesNotContain("connection()").contains("rolled back");
    assertThat(db.userTables()).containsExactly("users");
  }
}
