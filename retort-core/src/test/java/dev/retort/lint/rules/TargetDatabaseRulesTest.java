package dev.retort.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.lint.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL-born SQL rules on each target database: the rules whose premise the database's
 * capabilities deny stay silent, the others speak its language. Without a URL, every rule runs as
 * it always has (RT202 aside: see noUrlConfigured_everyPostgresRuleButRt202_asBefore).
 */
class TargetDatabaseRulesTest {
  private static final String POSTGRES = "postgresql://app@db.example/shop";
  private static final String MYSQL = "mysql+pymysql://app@db.example/shop";
  private static final String MARIADB = "jdbc:mariadb://db.example/shop";
  private static final String SQLITE = "sqlite:shop.db";
  @TempDir Path tmp;

  private List<Finding> run(String code, String upgrade, String url) {
    LintFixture project = new LintFixture(tmp.resolve("v" + System.nanoTime()));
    project.revision("a1", "CREATE TABLE orders (id int PRIMARY KEY, note varchar(20), customer_id int);");
    project.revision("b2", upgrade, "SELECT 1;");
    return project.findings(code, url);
  }

  @Test
  void concurrentlyRules_onlyWhereIndexesBuildConcurrently() {
    String index = "CREATE INDEX ix_c ON orders (customer_id);";
    assertThat(run("RT202", index, POSTGRES)).hasSize(1);
    assertThat(run("RT202", index, "")).hasSize(1);
    assertThat(run("RT202", index, MYSQL)).isEmpty();
    assertThat(run("RT202", index, SQLITE)).isEmpty();
    String concurrent = "CREATE INDEX CONCURRENTLY ix_c ON orders (customer_id);";
    assertThat(run("RT113", concurrent, POSTGRES)).hasSize(1);
    assertThat(run("RT113", concurrent, "")).hasSize(1);
    assertThat(run("RT113", concurrent, MARIADB)).isEmpty();
  }

  @Test
  void noUrlConfigured_everyPostgresRuleButRt202_asBefore() {
    // Retort's built-in URL is SQLite; RT202 has never spoken to such a project, the others always have
    String url = LintFixture.BUILT_IN_URL;
    assertThat(run("RT202", "CREATE INDEX ix_c ON orders (customer_id);", url)).isEmpty();
    assertThat(run("RT113", "CREATE INDEX CONCURRENTLY ix_c ON orders (customer_id);", url)).hasSize(1);
    assertThat(run("RT205", "ALTER TABLE orders ADD CHECK (customer_id > 0);", url)).hasSize(1);
    assertThat(run("RT207", "ALTER TABLE orders ALTER COLUMN note SET NOT NULL;", url)).hasSize(1);
    assertThat(run("RT201", "DROP INDEX ix_c;", url)).hasSize(1);
    assertThat(run("RT210", "ALTER TABLE orders ADD COLUMN x int;", url)).isEmpty();
    assertThat(run("RT203", "ALTER TABLE orders ADD COLUMN paid int NOT NULL;", url)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("it fails if orders has any row"));
  }

  @Test
  void notValidRules_onlyWhereConstraintsCanBeAddedNotValid() {
    String fk = "ALTER TABLE orders ADD CONSTRAINT fk_c FOREIGN KEY (customer_id) REFERENCES customers (id);";
    String setNotNull = "ALTER TABLE orders ALTER COLUMN note SET NOT NULL;";
    for (String url : List.of(POSTGRES, "")) {
      assertThat(run("RT205", fk, url)).as(url).hasSize(1);
      assertThat(run("RT207", setNotNull, url)).as(url).hasSize(1);
    }
    for (String url : List.of(MYSQL, MARIADB, SQLITE)) {
      assertThat(run("RT205", fk, url)).as(url).isEmpty();
      assertThat(run("RT207", setNotNull, url)).as(url).isEmpty();
    }
    assertThat(run("RT213", fk, MYSQL)).as("MySQL's own foreign key rule").hasSize(1);
  }

  @Test
  void dropWithoutIfExists_onMysqlOnlyForTables() {
    String drops = "DROP TABLE orders;\nDROP INDEX ix_c ON orders;\nALTER TABLE orders DROP COLUMN note;";
    assertThat(run("RT201", drops, POSTGRES)).hasSize(3);
    assertThat(run("RT201", drops, MYSQL)).singleElement()
        .satisfies(f -> assertThat(f.fix()).isEqualTo("DROP TABLE IF EXISTS orders"));
  }

  @Test
  void notNullWithoutDefault_saysWhatTheDatabaseDoes() {
    String add = "ALTER TABLE orders ADD COLUMN paid int NOT NULL;";
    assertThat(run("RT203", add, POSTGRES)).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("it fails if orders has any row");
      assertThat(f.fix()).contains("then SET NOT NULL");
    });
    assertThat(run("RT203", add, MYSQL)).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("every existing row of orders silently gets the type's implicit default");
      assertThat(f.fix()).contains("then MODIFY it NOT NULL");
    });
  }

  @Test
  void renames_mysqlForms() {
    assertThat(run("RT206", "ALTER TABLE orders CHANGE note memo varchar(20);", MYSQL)).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("CHANGE orders.note to memo renames the column"));
    assertThat(run("RT206", "ALTER TABLE orders CHANGE note note varchar(40);", MYSQL)).isEmpty();
    assertThat(run("RT206", "RENAME TABLE orders TO purchases;", MYSQL)).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("RENAME TABLE orders TO purchases"));
    assertThat(run("RT206", "CREATE TABLE tmp (id int);\nRENAME TABLE tmp TO items;", MYSQL)).isEmpty();
  }
}
