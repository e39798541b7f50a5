package dev.retort.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.lint.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Objects created earlier in the same revision are new, whatever their kind: no rule reports
 * locking, rewriting, renaming or dropping them. One notion ({@link RevisionSql#createdBefore}) for
 * every rule.
 */
class SameRevisionObjectsTest {
  @TempDir Path tmp;

  private List<Finding> run(String code, String upgrade) {
    LintFixture project = new LintFixture(tmp.resolve("v"));
    project.revision("a1", "CREATE TABLE users (id int, email text);");
    project.revision("b2", upgrade);
    return project.findings(code);
  }

  @Test
  void rt202_indexOnMaterializedViewCreatedEarlier_isNotReported() {
    assertThat(run("RT202", "CREATE MATERIALIZED VIEW user_stats AS SELECT id, count(*) AS n FROM users GROUP BY id;\n"
        + "CREATE UNIQUE INDEX user_stats_id ON user_stats (id);")).isEmpty();
    assertThat(run("RT202", "create materialized view if not exists s.mv as select 1 as x;\n"
        + "create index mv_x on s.mv (x);")).isEmpty();
    // the view existed before this revision: still reported
    assertThat(run("RT202", "REFRESH MATERIALIZED VIEW user_stats;\nCREATE INDEX ix ON user_stats (id);"))
        .hasSize(1);
  }

  @Test
  void rt202_createOrReplaceView_isNotTakenAsNew() {
    assertThat(run("RT202", "CREATE OR REPLACE VIEW v AS SELECT 1 AS x;\nCREATE INDEX ix ON v (x);")).hasSize(1);
  }

  @Test
  void rt201_dropOfTempOrScratchTableCreatedEarlier_isNotReported() {
    assertThat(run("RT201", "CREATE TEMP TABLE tmp_ids AS SELECT id FROM users;\n"
        + "UPDATE users SET email = lower(email) WHERE id IN (SELECT id FROM tmp_ids);\n"
        + "DROP TABLE tmp_ids;")).isEmpty();
    assertThat(run("RT201", "CREATE TABLE scratch (id int);\nCREATE INDEX scratch_ix ON scratch (id);\n"
        + "DROP INDEX scratch_ix;\nALTER TABLE scratch DROP COLUMN id;\nDROP TABLE scratch;")).isEmpty();
    assertThat(run("RT201", "CREATE MATERIALIZED VIEW mv AS SELECT 1;\nDROP MATERIALIZED VIEW mv;")).isEmpty();
    // a drop of one created and one existing table is still reported
    assertThat(run("RT201", "CREATE TEMP TABLE t1 (id int);\nDROP TABLE t1, users;")).hasSize(1);
    // dropped before it is created: the drop is of an older table
    assertThat(run("RT201", "DROP TABLE scratch;\nCREATE TABLE scratch (id int);")).hasSize(1);
  }

  @Test
  void rt206_viewsAndTempTablesCreatedEarlier_areNotReported() {
    assertThat(run("RT206", "CREATE VIEW active_users AS SELECT * FROM users;\n"
        + "ALTER TABLE active_users RENAME TO live_users;")).isEmpty();
    assertThat(run("RT206", "CREATE TEMPORARY TABLE t (id int); DROP TABLE t;")).isEmpty();
  }

  @Test
  void classifier_namesWhatAStatementCreates() {
    assertThat(StatementClassifier.classify("CREATE UNLOGGED TABLE s.\"Big\" (id int)", 1).created()).isEqualTo("Big");
    assertThat(StatementClassifier.classify("create materialized view mv as select 1", 1).created()).isEqualTo("mv");
    assertThat(StatementClassifier.classify("CREATE INDEX CONCURRENTLY ix ON t (a)", 1).created()).isEqualTo("ix");
    assertThat(StatementClassifier.classify("CREATE INDEX ON t (a)", 1).created()).isEmpty();
    assertThat(StatementClassifier.classify("CREATE SEQUENCE IF NOT EXISTS seq_a", 1).created()).isEqualTo("seq_a");
    assertThat(StatementClassifier.classify("CREATE OR REPLACE VIEW v AS SELECT 1", 1).created()).isEmpty();
    assertThat(StatementClassifier.classify("INSERT INTO t VALUES (1)", 1).created()).isEmpty();
  }
}
