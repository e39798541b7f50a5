package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code retort lint --format json} on one project whose URL names MySQL or PostgreSQL: each
 * database gets its own SQL rules, found from the URL without connecting to it.
 */
class MysqlLintCliTest {
  private static final String CHANGE = "migrations/versions/bbbb00000002_change.sql";
  @TempDir Path dir;

  private Path project(String url) throws IOException {
    Files.createDirectories(dir.resolve("migrations/versions"));
    Files.writeString(dir.resolve("retort.toml"), "script_location = \"migrations\"\n"
        + (url.isEmpty() ? "" : "url = \"" + url + "\"\n"));
    Files.writeString(dir.resolve("migrations/versions/aaaa00000001_orders.sql"), """
        -- Revision: aaaa00000001
        -- Revises:
        -- Message: orders
        -- Create-Date: 2026-01-01T00:00:00Z

        -- +upgrade
        CREATE TABLE orders (id BIGINT PRIMARY KEY, total INT NOT NULL, note VARCHAR(20), customer_id BIGINT);

        -- +downgrade
        DROP TABLE orders;
        """);
    Files.writeString(dir.resolve(CHANGE), """
        -- Revision: bbbb00000002
        -- Revises: aaaa00000001
        -- Message: change
        -- Create-Date: 2026-01-01T00:00:00Z

        -- +upgrade
        CREATE INDEX ix_orders_customer ON orders (customer_id);
        ALTER TABLE orders MODIFY total BIGINT NOT NULL;
        ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id);
        ALTER TABLE orders ADD COLUMN paid_at DATETIME NULL;
        ALTER TABLE orders ADD COLUMN placed INT NOT NULL DEFAULT 0, ALGORITHM=INSTANT;

        -- +downgrade
        SELECT 1;
        """);
    return dir;
  }

  private static JsonNode only(JsonNode findings, String code) {
    List<JsonNode> found = LintFixtures.withCode(findings, code);
    assertThat(found).as("%s findings in %s", code, findings).hasSize(1);
    return found.get(0);
  }

  @Test
  void mysqlProject_getsTheMysqlRules_eachAtItsStatement() throws IOException {
    CliRun.Result result = CliRun.run(project("mysql://app:secret@db.invalid:3306/shop"), Map.of(), "lint",
        "--format", "json");

    assertThat(result.exitCode()).as("stderr:\n%s", result.err()).isZero();
    JsonNode findings = result.json();
    assertThat(LintFixtures.codes(findings)).containsExactly("RT211", "RT212", "RT213", "RT210");
    JsonNode lockNone = only(findings, "RT211");
    assertThat(lockNone.get("file").asText()).isEqualTo(CHANGE);
    assertThat(lockNone.get("line").asInt()).isEqualTo(7);
    assertThat(lockNone.get("severity").asText()).isEqualTo("warning");
    assertThat(lockNone.get("name").asText()).isEqualTo("alter-without-lock-none");
    assertThat(lockNone.get("fix").asText())
        .startsWith("CREATE INDEX ix_orders_customer ON orders (customer_id) ALGORITHM=INPLACE LOCK=NONE");
    assertThat(only(findings, "RT212").get("line").asInt()).isEqualTo(8);
    assertThat(only(findings, "RT212").get("message").asText()).startsWith("MODIFY orders.total changes the column's type");
    assertThat(only(findings, "RT213").get("line").asInt()).isEqualTo(9);
    JsonNode algorithm = only(findings, "RT210");
    assertThat(algorithm.get("line").asInt()).isEqualTo(10);
    assertThat(algorithm.get("fix").asText())
        .startsWith("ALTER TABLE orders ADD COLUMN paid_at DATETIME NULL, ALGORITHM=INSTANT");
    assertThat(result.out() + result.err()).doesNotContain("secret");
  }

  @Test
  void theSameProjectOnPostgres_getsThePostgresRules() throws IOException {
    CliRun.Result result = CliRun.run(project("postgresql://app@db.invalid/shop"), Map.of(), "lint", "--format", "json");

    assertThat(result.exitCode()).as("stderr:\n%s", result.err()).isZero();
    assertThat(LintFixtures.codes(result.json())).containsExactly("RT202", "RT205");
  }

  @Test
  void theUrlMayComeFromTheEnvironment_andMariadbUrlsAreMysql() throws IOException {
    CliRun.Result result = CliRun.run(project(""), Map.of("RETORT_URL", "mariadb://app@db.invalid/shop"), "lint",
        "--format", "json");

    assertThat(result.exitCode()).as("stderr:\n%s", result.err()).isZero();
    assertThat(LintFixtures.codes(result.json())).containsExactly("RT211", "RT212", "RT213", "RT210");
  }

  @Test
  void mysqlQuoting_aStatementInsideAStringOrComment_isNotLinted() throws IOException {
    project("mysql://app@db.invalid/shop");
    Files.writeString(dir.resolve(CHANGE), """
        -- Revision: bbbb00000002
        -- Revises: aaaa00000001
        -- Message: change
        -- Create-Date: 2026-01-01T00:00:00Z

        -- +upgrade
        INSERT INTO orders (id, total, note) VALUES (1, 2, 'it\\'s; ALTER TABLE orders ADD COLUMN a INT');
        # later; ALTER TABLE orders ADD COLUMN b INT
        ALTER TABLE orders ADD COLUMN paid_at DATETIME NULL;

        -- +downgrade
        SELECT 1;
        """);

    CliRun.Result result = CliRun.run(dir, Map.of(), "lint", "--format", "json");

    assertThat(result.exitCode()).as("stderr:\n%s", result.err()).isZero();
    assertThat(LintFixtures.codes(result.json())).as("only the real ALTER, on line 9").containsExactly("RT210");
    assertThat(only(result.json(), "RT210").get("line").asInt()).isEqualTo(9);
  }

  @Test
  void noUrl_thePostgresRulesAsBefore() throws IOException {
    CliRun.Result result = CliRun.run(project(""), Map.of(), "lint", "--format", "json");

    assertThat(result.exitCode()).as("stderr:\n%s", result.err()).isZero();
    assertThat(LintFixtures.codes(result.json())).containsExactly("RT205");
  }
}
