package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The width guard with MySQL's key rules on a real MariaDB: the version column is the primary key,
 * so it can be no wider than the key holds (768 utf8mb4 characters in InnoDB's default row format,
 * 191 in the old COMPACT one). Past that, Retort refuses before touching anything (RT-D005), and
 * widens only as far as the key allows.
 */
class WidthGuardMariaDbTest {
  private static final String ALEMBIC_COMPACT = "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL,"
      + " CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)) ENGINE=InnoDB ROW_FORMAT=COMPACT"
      + " CHARACTER SET utf8mb4";

  @TempDir Path tmp;

  /** 001_init, then a revision with an id of {@code length} characters. */
  private Project project(int length, String... toml) {
    Project p = Project.in(tmp.resolve("project"), toml);
    p.rev("001_init", "").message("init").up("CREATE TABLE accounts (id INTEGER PRIMARY KEY);")
        .down("DROP TABLE accounts;").write();
    p.rev(longId(length), "001_init").message("long id").up("CREATE TABLE sessions (id INTEGER PRIMARY KEY);")
        .down("DROP TABLE sessions;").write();
    return p;
  }

  private static String longId(int length) {
    return "002_" + "x".repeat(length - 4);
  }

  /** Alembic's table in the COMPACT row format (as old MySQL servers made it), at 001_init. */
  private static MariaDbTestDb compactAlembicDatabaseAt001() {
    MariaDbTestDb db = MariaDbTestDb.fresh();
    db.exec("CREATE TABLE accounts (id INTEGER PRIMARY KEY)", ALEMBIC_COMPACT,
        "INSERT INTO alembic_version (version_num) VALUES ('001_init')");
    return db;
  }

  @Test
  void versionColumnWidthPastTheKeyLimit_isRefusedBeforeAnythingRuns_inEveryMode() {
    Project p = project(40, "version_column_width = 1000");
    MariaDbTestDb db = MariaDbTestDb.fresh();

    for (String[] args : List.of(new String[] {"upgrade", "head"}, new String[] {"upgrade", "--plan", "head"},
        new String[] {"upgrade", "--sql", "head"}, new String[] {"stamp", "head"})) {
      Cli.Result r = p.run(db.env(), args).failedWith("RT-D005");
      assertThat(r.err()).as("%s", List.of(args)).contains("version_column_width = 1000")
          .contains("VARCHAR(768)").contains("3072 bytes").contains("utf8mb4")
          .contains("fix: set version_column_width = 255 (at most 768)");
      assertThat(r.out()).isEmpty();
      assertThat(db.tables()).as("nothing was created").isEmpty();
    }
    // the fix the message names
    Project fixed = project(40, "version_column_width = 255");
    fixed.run(db.env(), "upgrade", "head").succeeded();
    assertThat(db.versionColumnWidth("retort_version")).isEqualTo(255);
  }

  @Test
  void idLongerThanACompactKeyHolds_isRefusedBeforeAnythingRuns_andTheNamedStatementLiftsIt() {
    String id = longId(200);
    Project p = project(200, "version_table = \"alembic_version\"");
    MariaDbTestDb db = compactAlembicDatabaseAt001();

    Cli.Result r = p.run(db.env(), "upgrade", "head").failedWith("RT-D005");

    assertThat(r.err()).contains("revision id " + id + " is 200 characters")
        .contains("alembic_version.version_num can be at most VARCHAR(191)").contains("767 bytes")
        .contains("retort rename-revision " + id + " NEW")
        .contains("ALTER TABLE alembic_version ROW_FORMAT=DYNAMIC")
        .doesNotContain("Running upgrade");
    assertThat(db.tables()).containsExactlyInAnyOrder("accounts", "alembic_version");
    assertThat(db.rows("alembic_version")).containsExactly("001_init");
    assertThat(db.versionColumnWidth("alembic_version")).isEqualTo(32);

    db.exec("ALTER TABLE alembic_version ROW_FORMAT=DYNAMIC");
    p.run(db.env(), "upgrade", "head").succeeded();
    assertThat(db.rows("alembic_version")).containsExactly(id);
    assertThat(db.versionColumnWidth("alembic_version")).isEqualTo(255);
  }

  @Test
  void compactKey_isWidenedOnlyAsFarAsItHolds() {
    String id = longId(100);
    Project p = project(100, "version_table = \"alembic_version\"");
    MariaDbTestDb db = compactAlembicDatabaseAt001();

    Cli.Result r = p.run(db.env(), "upgrade", "head").succeeded();

    assertThat(r.errLines()).filteredOn(l -> l.contains("widened")).singleElement().asString()
        .contains("widened alembic_version.version_num from VARCHAR(32) to VARCHAR(191) to fit " + id
            + " (100 characters)");
    assertThat(db.versionColumnWidth("alembic_version")).isEqualTo(191);
    assertThat(db.rows("alembic_version")).containsExactly(id);
    assertThat(db.isPrimaryKey("alembic_version", "version_num")).isTrue();
  }
}
