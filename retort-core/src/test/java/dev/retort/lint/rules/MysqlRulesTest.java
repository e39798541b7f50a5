package dev.retort.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.lint.Finding;
import dev.retort.lint.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RT210-RT214 on a MySQL project: each fires on the blocking form and stays silent on the safe one. */
class MysqlRulesTest {
  private static final String MYSQL = "mysql://app@db.example/shop";
  @TempDir Path tmp;

  private List<Finding> run(String code, String upgrade, String url) {
    LintFixture project = new LintFixture(tmp.resolve("v" + System.nanoTime()));
    project.revision("a1", "CREATE TABLE orders (id int PRIMARY KEY, total int NOT NULL, note varchar(20),"
        + " status enum('new','paid'), name varchar(300), customer_id INTEGER);");
    project.revision("b2", upgrade, "DROP TABLE orders;");
    return project.findings(code, url);
  }

  private List<Finding> run(String code, String upgrade) {
    return run(code, upgrade, MYSQL);
  }

  @Test
  void rt210_alterWithoutAlgorithm_suggestsInstantOrInplace() {
    assertThat(run("RT210", "ALTER TABLE orders ADD COLUMN paid_at datetime NULL;")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).startsWith("ALTER TABLE orders states no ALGORITHM").contains("copies the whole table");
      assertThat(f.fix()).startsWith("ALTER TABLE orders ADD COLUMN paid_at datetime NULL, ALGORITHM=INSTANT  (");
    });
    assertThat(run("RT210", "alter table `orders` add index ix_c (customer_id);")).singleElement()
        .satisfies(f -> assertThat(f.fix())
            .startsWith("alter table `orders` add index ix_c (customer_id), ALGORITHM=INPLACE, LOCK=NONE  ("));
    // an unknown action: in place is asked for, LOCK=NONE is not promised
    assertThat(run("RT210", "ALTER TABLE orders ENGINE=InnoDB")).singleElement()
        .satisfies(f -> assertThat(f.fix()).startsWith("ALTER TABLE orders ENGINE=InnoDB, ALGORITHM=INPLACE  ("));
  }

  @Test
  void rt210_silentWhenStated_newTable_metadataOnly_orLeftToTheOtherRules() {
    assertThat(run("RT210", "ALTER TABLE orders ADD COLUMN paid_at datetime, ALGORITHM=INSTANT;")).isEmpty();
    assertThat(run("RT210", "ALTER TABLE orders ADD INDEX ix (note), ALGORITHM = INPLACE, LOCK = NONE;")).isEmpty();
    assertThat(run("RT210", "ALTER TABLE orders ALGORITHM=COPY, ADD COLUMN x int;")).isEmpty();
    assertThat(run("RT210", "CREATE TABLE items (id int);\nALTER TABLE items ADD COLUMN sku varchar(20);")).isEmpty();
    assertThat(run("RT210", "ALTER TABLE orders RENAME TO purchases;")).isEmpty();
    assertThat(run("RT210", "ALTER TABLE orders ALTER COLUMN note SET DEFAULT 'x';")).isEmpty();
    assertThat(run("RT210", "ALTER TABLE orders MODIFY total bigint NOT NULL;")).isEmpty(); // RT212's
    assertThat(run("RT210", "ALTER TABLE orders ADD FULLTEXT INDEX ft (note);")).isEmpty(); // RT214's
  }

  @Test
  void rt211_onlineChangeWithoutLockNone() {
    assertThat(run("RT211", "CREATE INDEX ix_c ON orders (customer_id);")).singleElement().satisfies(f -> {
      assertThat(f.message()).startsWith("ADD INDEX on orders without LOCK=NONE");
      assertThat(f.fix()).startsWith("CREATE INDEX ix_c ON orders (customer_id) ALGORITHM=INPLACE LOCK=NONE  (");
    });
    assertThat(run("RT211", "ALTER TABLE orders DROP INDEX ix_c, ALGORITHM=INPLACE;")).singleElement()
        .satisfies(f -> assertThat(f.fix()).startsWith("ALTER TABLE orders DROP INDEX ix_c, ALGORITHM=INPLACE, LOCK=NONE  ("));
    assertThat(run("RT211", "DROP INDEX ix_c ON orders;")).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("DROP INDEX on orders"));
    // the same type made NOT NULL: an in-place rebuild that lets writes go on
    assertThat(run("RT211", "ALTER TABLE orders MODIFY note VARCHAR(20) NOT NULL, ALGORITHM=INPLACE;")).hasSize(1);
    assertThat(run("RT211", "ALTER TABLE orders LOCK=DEFAULT, ADD UNIQUE KEY uq (note), ALGORITHM=INPLACE")).singleElement()
        .satisfies(f -> assertThat(f.fix()).isEqualTo(
            "ALTER TABLE orders ADD UNIQUE KEY uq (note), ALGORITHM=INPLACE, LOCK=NONE  (MySQL then refuses, with an"
                + " error, to block writes)"));
  }

  @Test
  void rt211_silentWithLockNone_instant_aStatedLock_orBlockingChanges() {
    assertThat(run("RT211", "CREATE INDEX ix_c ON orders (customer_id) ALGORITHM=INPLACE LOCK=NONE;")).isEmpty();
    assertThat(run("RT211", "ALTER TABLE orders ADD INDEX ix (note), LOCK=NONE;")).isEmpty();
    assertThat(run("RT211", "ALTER TABLE orders ADD INDEX ix (note), LOCK=SHARED;")).isEmpty();
    assertThat(run("RT211", "ALTER TABLE orders ADD COLUMN x int;")).isEmpty(); // instant: RT210 asks for INSTANT
    assertThat(run("RT211", "ALTER TABLE orders ADD COLUMN x int, ALGORITHM=INSTANT;")).isEmpty();
    assertThat(run("RT211", "CREATE FULLTEXT INDEX ft ON orders (note);")).isEmpty();
    assertThat(run("RT211", "ALTER TABLE orders ADD INDEX ix (note), MODIFY total bigint;")).isEmpty();
    assertThat(run("RT211", "CREATE TABLE items (id int);\nCREATE INDEX ix ON items (id);")).isEmpty();
  }

  @Test
  void rt212_typeChangeCopiesTheTable() {
    assertThat(run("RT212", "ALTER TABLE orders MODIFY total bigint NOT NULL;")).singleElement().satisfies(f -> {
      assertThat(f.message()).startsWith("MODIFY orders.total changes the column's type")
          .contains("writes to orders wait until the copy ends");
      assertThat(f.fix()).startsWith("add a new column of the new type");
    });
    assertThat(run("RT212", "ALTER TABLE orders MODIFY COLUMN total bigint NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;"))
        .singleElement().satisfies(f -> assertThat(f.message()).contains("ALGORITHM=INPLACE is refused"));
    assertThat(run("RT212", "ALTER TABLE orders CHANGE total amount decimal(10,2) NOT NULL;")).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("CHANGE orders.total"));
    assertThat(run("RT212", "ALTER TABLE orders MODIFY note varchar(10);")).hasSize(1); // shorter
    assertThat(run("RT212", "ALTER TABLE orders MODIFY note text;")).hasSize(1);
    assertThat(run("RT212", "ALTER TABLE orders MODIFY note varchar(20) CHARACTER SET latin1;")).hasSize(1);
  }

  @Test
  void rt212_maybeChanges_areReportedOnlyWithoutAnAlgorithmThatRefusesACopy() {
    // 20 to 100 characters may cross 255 bytes (the length prefix grows), depending on the character set
    assertThat(run("RT212", "ALTER TABLE orders MODIFY note varchar(100);")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("may change the column's type"));
    assertThat(run("RT212", "ALTER TABLE orders MODIFY note varchar(100), ALGORITHM=INPLACE, LOCK=NONE;")).isEmpty();
    assertThat(run("RT212", "ALTER TABLE orders MODIFY status enum('new','paid','sent');")).hasSize(1);
    assertThat(run("RT212", "ALTER TABLE orders MODIFY status enum('new','paid','sent'), ALGORITHM=INSTANT;")).isEmpty();
    // a column lint has not seen declared
    assertThat(run("RT212", "ALTER TABLE legacy MODIFY code int NOT NULL;")).singleElement()
        .satisfies(f -> assertThat(f.fix()).startsWith("state ALGORITHM=INPLACE, LOCK=NONE"));
  }

  @Test
  void rt212_silentWhenTheTypeStaysOrWidensInPlace() {
    assertThat(run("RT212", "ALTER TABLE orders MODIFY note varchar(40) NOT NULL;")).isEmpty();
    assertThat(run("RT212", "ALTER TABLE orders MODIFY name varchar(500);")).isEmpty();
    assertThat(run("RT212", "ALTER TABLE orders MODIFY customer_id int(11) NOT NULL;")).isEmpty(); // INTEGER = INT
    assertThat(run("RT212", "ALTER TABLE orders CHANGE note memo varchar(20);")).isEmpty(); // a rename: RT206
    assertThat(run("RT212", "CREATE TABLE items (id int);\nALTER TABLE items MODIFY id bigint;")).isEmpty();
  }

  @Test
  void rt213_foreignKeyWithChecksOn() {
    String fk = "ALTER TABLE orders ADD CONSTRAINT fk_c FOREIGN KEY (customer_id) REFERENCES customers (id);";
    assertThat(run("RT213", fk)).singleElement().satisfies(f -> {
      assertThat(f.message()).startsWith("ADD FOREIGN KEY on orders with foreign_key_checks on");
      assertThat(f.fix()).startsWith("in this revision: SET foreign_key_checks = 0;");
    });
    assertThat(run("RT213", "SET foreign_key_checks = 0;\n" + fk + "\nSET foreign_key_checks = 1;")).isEmpty();
    assertThat(run("RT213", "SET SESSION FOREIGN_KEY_CHECKS=OFF;\n" + fk)).isEmpty();
    assertThat(run("RT213", "SET foreign_key_checks = 0;\nSET foreign_key_checks = 1;\n" + fk)).hasSize(1);
    assertThat(run("RT213", "CREATE TABLE items (id int, order_id int, FOREIGN KEY (order_id) REFERENCES orders (id));"))
        .isEmpty();
  }

  @Test
  void rt214_changesThatNeverLetWritesGoOn() {
    assertThat(run("RT214", "ALTER TABLE orders ADD FULLTEXT INDEX ft (note);")).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("ADD FULLTEXT INDEX on orders cannot run while writes go on"));
    assertThat(run("RT214", "CREATE FULLTEXT INDEX ft ON orders (note);")).hasSize(1);
    assertThat(run("RT214", "ALTER TABLE orders ADD COLUMN seq int AUTO_INCREMENT UNIQUE;")).hasSize(1);
    assertThat(run("RT214", "ALTER TABLE orders ADD COLUMN total2 int AS (total * 2) STORED;")).hasSize(1);
    assertThat(run("RT214", "ALTER TABLE orders DROP PRIMARY KEY;")).hasSize(1);
    assertThat(run("RT214", "ALTER TABLE orders CONVERT TO CHARACTER SET utf8mb4;")).hasSize(1);

    assertThat(run("RT214", "ALTER TABLE orders DROP PRIMARY KEY, ADD PRIMARY KEY (id, customer_id);")).isEmpty();
    assertThat(run("RT214", "ALTER TABLE orders ADD COLUMN total2 int AS (total * 2) VIRTUAL;")).isEmpty();
    assertThat(run("RT214", "CREATE TABLE items (id int, note text);\nCREATE FULLTEXT INDEX ft ON items (note);"))
        .isEmpty();
  }

  @Test
  void theMysqlRules_areOffForPostgresSqliteAndAnUnknownDatabase() {
    String upgrade = "ALTER TABLE orders ADD COLUMN x int;\nCREATE INDEX ix ON orders (note);\n"
        + "ALTER TABLE orders MODIFY total bigint;\nALTER TABLE orders ADD FULLTEXT INDEX ft (note);";
    for (String code : List.of("RT210", "RT211", "RT212", "RT214")) {
      assertThat(run(code, upgrade, MYSQL)).as(code).isNotEmpty();
      assertThat(run(code, upgrade, "postgresql://db/shop")).as(code).isEmpty();
      assertThat(run(code, upgrade, "sqlite:shop.db")).as(code).isEmpty();
      assertThat(run(code, upgrade, "")).as(code).isEmpty();
    }
  }
}
