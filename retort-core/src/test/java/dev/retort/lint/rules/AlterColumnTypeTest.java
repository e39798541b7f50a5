package dev.retort.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.lint.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RT204: real type changes are reported; widenings PostgreSQL does without a rewrite are not. */
class AlterColumnTypeTest {
  @TempDir Path tmp;

  private List<Finding> run(String upgrade) {
    LintFixture project = new LintFixture(tmp.resolve("v"));
    project.revision("a1", "CREATE TABLE items (id int, type varchar(20) NOT NULL, name character varying(50),"
        + " code VARCHAR, note text, price numeric(10, 2), flags bit varying(8), tags varchar(10)[],"
        + " label varchar(20) COLLATE \"C\");");
    project.revision("b2", "ALTER TABLE items ADD COLUMN total NUMERIC(12,2) DEFAULT 0;");
    project.revision("c3", upgrade);
    return project.findings("RT204");
  }

  @Test
  void columnNamedType_droppingNotNullOrSettingDefault_isNotATypeChange() {
    assertThat(run("ALTER TABLE items ALTER COLUMN type DROP NOT NULL;\n"
        + "ALTER TABLE items ALTER COLUMN type SET DEFAULT 'x';\n"
        + "ALTER TABLE items ALTER type DROP DEFAULT;")).isEmpty();
    // a real type change of the column named type is still one
    assertThat(run("ALTER TABLE items ALTER COLUMN type TYPE int USING type::int;")).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("ALTER COLUMN type TYPE"));
  }

  @Test
  void widenings_areNotReported() {
    assertThat(run("ALTER TABLE items ALTER COLUMN type TYPE varchar(255);\n"
        + "ALTER TABLE items ALTER COLUMN name SET DATA TYPE text;\n"
        + "ALTER TABLE items ALTER COLUMN code TYPE text, ALTER COLUMN note TYPE varchar;\n"
        + "ALTER TABLE items ALTER COLUMN price TYPE numeric(14, 2);\n"
        + "ALTER TABLE items ALTER COLUMN total TYPE numeric;\n"
        + "ALTER TABLE items ALTER COLUMN flags TYPE varbit(16);")).isEmpty();
  }

  @Test
  void widening_followsEarlierTypeChanges() {
    LintFixture project = new LintFixture(tmp.resolve("w"));
    project.revision("a1", "CREATE TABLE t (v varchar(10));");
    project.revision("b2", "ALTER TABLE t ALTER COLUMN v TYPE varchar(100);");
    project.revision("c3", "ALTER TABLE t ALTER COLUMN v TYPE varchar(50);");
    List<Finding> found = project.findings("RT204");
    assertThat(found).singleElement().satisfies(f -> assertThat(f.location().file().toString()).contains("c3"));
  }

  @Test
  void narrowingsAndOtherChanges_areReported() {
    assertThat(run("ALTER TABLE items ALTER COLUMN type TYPE varchar(10);")).hasSize(1);
    assertThat(run("ALTER TABLE items ALTER COLUMN note TYPE varchar(100);")).hasSize(1);
    assertThat(run("ALTER TABLE items ALTER COLUMN price TYPE numeric(14, 3);")).hasSize(1);
    assertThat(run("ALTER TABLE items ALTER COLUMN price TYPE numeric(8, 2);")).hasSize(1);
    assertThat(run("ALTER TABLE items ALTER COLUMN name TYPE text USING trim(name);")).hasSize(1);
    assertThat(run("ALTER TABLE items ALTER COLUMN name TYPE text COLLATE \"C\";")).hasSize(1);
    assertThat(run("ALTER TABLE items ALTER COLUMN label TYPE varchar(40);")).hasSize(1);
    assertThat(run("ALTER TABLE items ALTER COLUMN tags TYPE varchar(20)[];")).hasSize(1);
    assertThat(run("ALTER TABLE items ALTER COLUMN id TYPE bigint;")).hasSize(1);
    // a column no revision declared: the old type is unknown
    assertThat(run("ALTER TABLE items ALTER COLUMN ghost TYPE text;")).hasSize(1);
    assertThat(run("ALTER TABLE other ALTER COLUMN v TYPE text;")).hasSize(1);
  }

  @Test
  void typeChange_knowsTheBinaryCoercibleWidenings() {
    assertThat(TypeChange.rewritesNothing("varchar(20) NOT NULL", "VARCHAR(20)")).isTrue();
    assertThat(TypeChange.rewritesNothing("character varying ( 20 )", "character varying")).isTrue();
    assertThat(TypeChange.rewritesNothing("text", "varchar")).isTrue();
    assertThat(TypeChange.rewritesNothing("varchar", "varchar(20)")).isFalse();
    assertThat(TypeChange.rewritesNothing("text", "varchar(20)")).isFalse();
    assertThat(TypeChange.rewritesNothing("decimal(10)", "numeric(12, 0)")).isTrue();
    assertThat(TypeChange.rewritesNothing("numeric", "numeric(12,2)")).isFalse();
    assertThat(TypeChange.rewritesNothing("varbit", "bit varying(3)")).isFalse();
    assertThat(TypeChange.rewritesNothing("int", "bigint")).isFalse();
    assertThat(TypeChange.rewritesNothing("varchar(20)", "text;")).isTrue();
  }
}
