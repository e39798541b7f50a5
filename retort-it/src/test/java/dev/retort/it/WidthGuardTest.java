package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The version column width guard: a 34-character id on a fresh database, an Alembic-made {@code
 * alembic_version} (VARCHAR(32)) widened in place, and the refusal when auto-widening is off, on
 * the databases that enforce VARCHAR widths (PostgreSQL, MariaDB, H2). SQLite stores the long id
 * whole in the narrow column, so there the guard has nothing to widen or refuse.
 */
class WidthGuardTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  private static final String LONG_ID = "013_add_discovering_session_status";
  private static final String ALEMBIC_DDL = "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL,"
      + " CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))";

  @TempDir Path tmp;

  /** 001_init -> 002_add_users -> 013_add_discovering_session_status. */
  private Project project(String... toml) {
    assertThat(LONG_ID).hasSize(34);
    Project p = Project.in(tmp, toml);
    p.rev("001_init", "").message("init").up("CREATE TABLE accounts (id INTEGER PRIMARY KEY);")
        .down("DROP TABLE accounts;").write();
    p.rev("002_add_users", "001_init").message("add users").up("CREATE TABLE users (id INTEGER PRIMARY KEY);")
        .down("DROP TABLE users;").write();
    p.rev(LONG_ID, "002_add_users").message("add discovering session status")
        .up("CREATE TABLE sessions (id INTEGER PRIMARY KEY, status VARCHAR(20));").down("DROP TABLE sessions;").write();
    return p;
  }

  /** A database as Alembic leaves it at 001_init: its table and alembic_version VARCHAR(32). */
  private TestDb alembicDatabaseAt001(Kind kind) {
    TestDb db = kind.fresh(PG, tmp, "alembic");
    db.exec("CREATE TABLE accounts (id INTEGER PRIMARY KEY)", ALEMBIC_DDL,
        "INSERT INTO alembic_version (version_num) VALUES ('001_init')");
    assertThat(db.versionColumnWidth("alembic_version")).isEqualTo(32);
    return db;
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void freshDatabaseTakesA34CharacterId(Kind kind) {
    Project p = project();
    TestDb db = kind.fresh(PG, tmp, "fresh");

    Cli.Result r = p.run(db.env(), "upgrade", "head").succeeded();

    assertThat(db.rows()).containsExactly(LONG_ID);
    assertThat(db.versionColumnWidth("retort_version")).isEqualTo(255);
    assertThat(db.userTables()).containsExactlyInAnyOrder("accounts", "users", "sessions");
    assertThat(r.err()).doesNotContain("widened");
    assertThat(p.run(db.env(), "current").succeeded().out()).contains(LONG_ID);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void alembicVersionTableIsWidenedInPlace(Kind kind) {
    Project p = project("version_table = \"alembic_version\"");
    TestDb db = alembicDatabaseAt001(kind);

    Cli.Result r = p.run(db.env(), "upgrade", "head").succeeded();

    List<String> widened = r.errLines().stream()
        .filter(l -> l.contains("widened alembic_version.version_num from VARCHAR(32) to VARCHAR(255)")).toList();
    if (db.enforcesVarcharWidth()) {
      assertThat(db.versionColumnWidth("alembic_version")).isEqualTo(255);
      assertThat(widened).as("stderr:\n%s", r.err()).hasSize(1);
    } else {
      assertThat(db.versionColumnWidth("alembic_version")).isEqualTo(32);
      assertThat(r.err()).doesNotContain("widened");
    }
    // 001_init was not run again (its CREATE TABLE would fail); its row became the new head.
    assertThat(db.rows("alembic_version")).containsExactly(LONG_ID);
    assertThat(db.count("SELECT count(*) FROM alembic_version")).isEqualTo(1);
    assertThat(db.userTables("alembic_version")).containsExactlyInAnyOrder("accounts", "users", "sessions");
    assertThat(db.tables()).doesNotContain("retort_version");
    // still the NOT NULL primary key Alembic made
    assertThat(db.isPrimaryKey("alembic_version", "version_num")).isTrue();
    assertThat(db.isNotNull("alembic_version", "version_num")).isTrue();
    assertThat(db.history()).extracting(TestDb.History::revision).containsExactly("002_add_users", LONG_ID);

    // a second run has nothing to widen and nothing to do
    Cli.Result again = p.run(db.env(), "upgrade", "head").succeeded();
    assertThat(again.err()).doesNotContain("widened");
    assertThat(db.rows("alembic_version")).containsExactly(LONG_ID);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void narrowColumnWithAutoWidenOffIsRefusedBeforeAnythingRuns(Kind kind) {
    Project p = project("version_table = \"alembic_version\"", "auto_widen_version_column = false");
    TestDb db = alembicDatabaseAt001(kind);
    if (!db.enforcesVarcharWidth()) {
      // the 34 characters fit whole in SQLite's VARCHAR(32): nothing to refuse, and nothing widened
      p.run(db.env(), "upgrade", "--plan", "head").succeeded();
      assertThat(p.run(db.env(), "upgrade", "head").succeeded().err()).doesNotContain("widened");
      assertThat(db.rows("alembic_version")).containsExactly(LONG_ID);
      assertThat(db.versionColumnWidth("alembic_version")).isEqualTo(32);
      return;
    }

    // the preview refuses as the run does
    for (String[] preview : List.of(new String[] {"upgrade", "--plan", "head"},
        new String[] {"upgrade", "--plan", "--json", "head"})) {
      Cli.Result planned = p.run(db.env(), preview).failedWith("RT-V002");
      assertThat(planned.err()).contains(LONG_ID).contains("VARCHAR(32)");
      assertThat(planned.out()).isEmpty();
    }
    Cli.Result r = p.run(db.env(), "upgrade", "head").failedWith("RT-V002");

    assertThat(r.err()).contains(LONG_ID).contains("34").contains("VARCHAR(32)")
        .contains("auto_widen_version_column = true")
        .containsPattern("widen it yourself: ALTER TABLE alembic_version .*VARCHAR\\(255\\)");
    assertThat(r.err()).doesNotContain("Running upgrade");
    // nothing ran: not the first pending revision's table, no history table, same row, same width
    assertThat(db.tables()).containsExactlyInAnyOrder("accounts", "alembic_version");
    assertThat(db.rows("alembic_version")).containsExactly("001_init");
    assertThat(db.versionColumnWidth("alembic_version")).isEqualTo(32);

    // the fix the message names works
    String fix = r.errLines().stream().filter(l -> l.startsWith("fix: ")).findFirst().orElseThrow();
    db.exec(fix.substring(fix.indexOf("widen it yourself: ") + "widen it yourself: ".length()));
    p.run(db.env(), "upgrade", "head").succeeded();
    assertThat(db.rows("alembic_version")).containsExactly(LONG_ID);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void autoWidenOffIsFineWhenTheIdsFit(Kind kind) {
    Project p = project("version_table = \"alembic_version\"", "auto_widen_version_column = false");
    TestDb db = alembicDatabaseAt001(kind);

    p.run(db.env(), "upgrade", "002_add_users").succeeded();

    assertThat(db.rows("alembic_version")).containsExactly("002_add_users");
    assertThat(db.versionColumnWidth("alembic_version")).isEqualTo(32);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void offlineScriptFromAnAlembicDatabaseWidensTheColumnFirst(Kind kind) {
    Project p = project("version_table = \"alembic_version\"");
    TestDb db = alembicDatabaseAt001(kind);

    Cli.Result r = p.run(db.env(), "upgrade", "--sql", "001_init:head").succeeded();

    List<String> alters = r.out().lines().filter(l -> l.startsWith("ALTER TABLE alembic_version ")).toList();
    if (db.enforcesVarcharWidth()) {
      assertThat(alters).singleElement().asString().contains("VARCHAR(255)").endsWith(";");
      assertThat(r.out().indexOf(alters.get(0))).isLessThan(r.out().indexOf("CREATE TABLE users"));
    } else {
      assertThat(alters).isEmpty();
    }
    // the script runs on the Alembic database as it is
    OfflineScripts.execute(db, r.out());
    assertThat(db.rows("alembic_version")).containsExactly(LONG_ID);
    assertThat(db.versionColumnWidth("alembic_version")).isEqualTo(db.enforcesVarcharWidth() ? 255 : 32);
  }
}
