package dev.retort.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.lint.Finding;
import dev.retort.lint.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RT201-RT207: a failing and a passing case each, on a real file; downgrade sections are never read. */
class SqlRulesTest {
  @TempDir Path tmp;

  private List<Finding> run(String code, String upgrade) {
    LintFixture project = new LintFixture(tmp.resolve("v"));
    project.revision("a1", "CREATE TABLE users (id int);");
    project.revision("b2", upgrade, "DROP TABLE users; DROP INDEX ix; ALTER TABLE users RENAME TO x;");
    return project.findings(code);
  }

  @Test
  void rt202_doesNotApplyToSqliteProjects() {
    LintFixture project = new LintFixture(tmp.resolve("s"));
    project.revision("a1", "CREATE TABLE users (id int);");
    project.revision("b2", "CREATE INDEX ix_users ON users (id);");
    assertThat(new IndexWithoutConcurrently(new UpgradeScripts())
        .check(project.context(java.util.Optional.empty(), "postgresql://db/app"))).hasSize(1);
    assertThat(new IndexWithoutConcurrently(new UpgradeScripts())
        .check(project.context(java.util.Optional.empty(), "sqlite:app.db"))).isEmpty();
  }

  @Test
  void rt201_dropWithoutIfExists() {
    List<Finding> found = run("RT201",
        "DROP TABLE users;\nDROP INDEX CONCURRENTLY ix_a;\nALTER TABLE orders DROP COLUMN note, DROP CONSTRAINT fk_x;");
    assertThat(found).extracting(Finding::message).hasSize(4)
        .anyMatch(m -> m.startsWith("DROP TABLE users has no IF EXISTS"))
        .anyMatch(m -> m.startsWith("DROP INDEX ix_a"))
        .anyMatch(m -> m.contains("DROP COLUMN note"))
        .anyMatch(m -> m.contains("DROP CONSTRAINT fk_x"));
    assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(found.get(0).location().line()).isEqualTo(6);
    assertThat(found.get(1).fix()).isEqualTo("DROP INDEX CONCURRENTLY IF EXISTS ix_a");
    assertThat(found.get(2).location().line()).isEqualTo(8);

    assertThat(run("RT201", "DROP TABLE IF EXISTS users; DROP INDEX CONCURRENTLY IF EXISTS ix_a;"
        + " ALTER TABLE orders DROP COLUMN IF EXISTS note, DROP CONSTRAINT IF EXISTS fk_x;"
        + " ALTER TABLE orders ALTER COLUMN a DROP DEFAULT, ALTER COLUMN b DROP NOT NULL;")).isEmpty();
  }

  @Test
  void rt202_indexWithoutConcurrently_onlyOnTablesThatExistedBefore() {
    List<Finding> found = run("RT202", "CREATE UNIQUE INDEX ix_users_email ON public.users (email);");
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("existing table users");
      assertThat(f.fix()).startsWith("CREATE UNIQUE INDEX CONCURRENTLY ix_users_email").contains("Transactional: false");
    });

    assertThat(run("RT202", "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix ON users (email);")).isEmpty();
    assertThat(run("RT202", "CREATE TABLE orders (id int, user_id int);\nCREATE INDEX ix_o ON orders (user_id);"))
        .isEmpty();
    // the hint keeps the user's text and case, CONCURRENTLY in the case of their INDEX keyword
    assertThat(run("RT202", "create unique index ix_e on users (email);")).singleElement()
        .satisfies(f -> assertThat(f.fix()).startsWith("create unique index concurrently ix_e on users (email)  ("));
    assertThat(run("RT202", "Create Index ix_e ON users (email)")).singleElement()
        .satisfies(f -> assertThat(f.fix()).startsWith("Create Index Concurrently ix_e ON users (email)  ("));
    // created after the index: the table existed before the index was built
    assertThat(run("RT202", "CREATE INDEX ix_o ON orders (user_id); CREATE TABLE orders (id int);")).hasSize(1);
  }

  @Test
  void rt203_notNullColumnWithoutDefault() {
    List<Finding> found = run("RT203", "ALTER TABLE users ADD COLUMN email varchar(320) NOT NULL;");
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).contains("email").contains("users");
    });
    assertThat(run("RT203", "ALTER TABLE users ADD COLUMN IF NOT EXISTS a int NOT NULL, ADD b text NOT NULL"))
        .hasSize(2);

    assertThat(run("RT203", "ALTER TABLE users ADD COLUMN email text NOT NULL DEFAULT '';"
        + " ALTER TABLE users ADD COLUMN note text; ALTER TABLE users ADD COLUMN n bigserial NOT NULL;"
        + " ALTER TABLE users ADD COLUMN g int GENERATED ALWAYS AS IDENTITY NOT NULL;"
        + " ALTER TABLE users ADD CONSTRAINT c CHECK (id IS NOT NULL) NOT VALID;"
        + " ALTER TABLE users ADD COLUMN s text DEFAULT 'NOT NULL';")).isEmpty();
    assertThat(run("RT203", "CREATE TABLE t (id int); ALTER TABLE t ADD COLUMN x int NOT NULL;")).isEmpty();
  }

  @Test
  void rt204_alterColumnType() {
    assertThat(run("RT204", "ALTER TABLE users ALTER COLUMN id TYPE bigint;\n"
        + "ALTER TABLE users ALTER id SET DATA TYPE bigint USING id::bigint;")).hasSize(2)
        .allSatisfy(f -> assertThat(f.message()).contains("rewrites users"));

    assertThat(run("RT204", "ALTER TABLE users ALTER COLUMN id SET DEFAULT 0;"
        + " CREATE TABLE t (id int); ALTER TABLE t ALTER COLUMN id TYPE bigint;")).isEmpty();
  }

  @Test
  void rt205_constraintWithoutNotValid() {
    List<Finding> found = run("RT205",
        "ALTER TABLE orders ADD CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES users (id);\n"
            + "ALTER TABLE orders ADD CHECK (total >= 0);");
    assertThat(found).hasSize(2);
    assertThat(found.get(0).fix()).contains("NOT VALID").contains("VALIDATE CONSTRAINT fk_user");

    assertThat(run("RT205",
        "ALTER TABLE orders ADD CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;"
            + " ALTER TABLE orders VALIDATE CONSTRAINT fk_user;"
            + " ALTER TABLE orders ADD CONSTRAINT c CHECK (total >= 0) NOT VALID;"
            + " CREATE TABLE t (id int); ALTER TABLE t ADD CONSTRAINT t_c CHECK (id > 0);")).isEmpty();
  }

  @Test
  void rt206_renameOrDrop_saysItBreaksRunningCode() {
    List<Finding> found = run("RT206", "ALTER TABLE users RENAME COLUMN name TO full_name;\n"
        + "ALTER TABLE users RENAME TO accounts;\nALTER TABLE users DROP COLUMN IF EXISTS legacy;\n"
        + "DROP TABLE IF EXISTS audit, \"Old\";");
    assertThat(found).extracting(Finding::message).hasSize(5)
        .allMatch(m -> m.contains("breaks code still running") || m.contains("breaks any code still running"));
    assertThat(found).extracting(Finding::message).anyMatch(m -> m.contains("DROP TABLE Old "));

    assertThat(run("RT206", "ALTER TABLE users ADD COLUMN full_name text;"
        + " ALTER TABLE users RENAME CONSTRAINT a TO b;"
        + " CREATE TABLE tmp (id int); ALTER TABLE tmp RENAME COLUMN id TO uid; DROP TABLE tmp;")).isEmpty();
  }

  @Test
  void rt207_setNotNull_unlessACheckPavesTheWay() {
    List<Finding> found = run("RT207", "ALTER TABLE users ALTER COLUMN email SET NOT NULL;");
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("ACCESS EXCLUSIVE");
      assertThat(f.fix()).contains("CHECK (email IS NOT NULL) NOT VALID").contains("VALIDATE CONSTRAINT");
    });

    assertThat(run("RT207", "ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;"
        + " ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;"
        + " ALTER TABLE users ALTER COLUMN email SET NOT NULL;")).isEmpty();
    assertThat(run("RT207", "CREATE TABLE t (id int); ALTER TABLE t ALTER COLUMN id SET NOT NULL;")).isEmpty();
  }

  @Test
  void downgradeSectionsAreNotLinted() {
    LintFixture project = new LintFixture(tmp.resolve("d"));
    project.revision("a1", "CREATE TABLE users (id int);", "DROP TABLE users; DROP INDEX ix;");
    for (String code : List.of("RT201", "RT202", "RT203", "RT204", "RT205", "RT206", "RT207")) {
      assertThat(project.findings(code)).as(code).isEmpty();
    }
  }

  @Test
  void unparseableSqlNeverCrashes_andFallsBackToTokens() {
    List<Finding> found = run("RT201", "DO $$ BEGIN PERFORM 1; END $$;\n"
        + "CREATE OR REPLACE FUNCTION f() RETURNS trigger AS $body$ BEGIN DROP TABLE x; END $body$ LANGUAGE plpgsql;\n"
        + "ALTER TABLE ONLY orders DROP CONSTRAINT fk_x;\n"
        + "this is not sql at all (((;\n"
        + "DROP TABLE IF EXISTS;\n"
        + "ALTER TABLE;\n"
        + "COMMENT ON COLUMN users.id IS 'DROP TABLE users';");
    assertThat(found).extracting(Finding::message).singleElement().asString().contains("DROP CONSTRAINT fk_x");
  }
}
