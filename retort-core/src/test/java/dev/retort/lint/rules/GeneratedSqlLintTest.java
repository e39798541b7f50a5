package dev.retort.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.diff.DiffResult;
import dev.retort.autogen.render.SchemaReplay;
import dev.retort.autogen.render.SqlRevisionRenderer;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.lint.Finding;
import dev.retort.migration.Column;
import dev.retort.migration.Table;
import dev.retort.migration.Type;
import dev.retort.ops.Op;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated PostgreSQL drops pass RT201 (they use IF EXISTS); what lint reports on them is the
 * intended RT208 marker and RT206 for dropping what running code may still use.
 */
class GeneratedSqlLintTest {
  @TempDir Path dir;

  @Test
  void generatedDrops_onlyRt206AndRt208() {
    LintFixture project = new LintFixture(dir);
    project.revision("a1", "CREATE TABLE users (id BIGINT PRIMARY KEY, age INT);\nCREATE TABLE old (id INT);\n"
        + "CREATE INDEX ix_users_age ON users (age);");
    String upgrade = new SqlRevisionRenderer(new PostgresDialect().ddl()).section(new DiffResult(List.of(
        new Op.CreateTable(Table.named("fresh").column(Column.of("id", Type.BIGINT).primaryKey())),
        new Op.DropIndex("users", "ix_users_age", false),
        new Op.DropColumn("users", "age", false),
        new Op.DropTable("old", false)), List.of()), SchemaReplay.none());
    project.revision("b2", upgrade);

    List<String> codes = List.of("RT201", "RT202", "RT203", "RT204", "RT205", "RT206", "RT207", "RT208");
    List<Finding> findings = codes.stream().flatMap(code -> project.findings(code).stream()).toList();

    assertThat(findings).extracting(Finding::code).containsExactlyInAnyOrder("RT206", "RT206", "RT208", "RT208");
  }
}
