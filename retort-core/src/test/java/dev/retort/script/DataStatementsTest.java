package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataStatementsTest {
  @Test
  void dataStatements_areRecognisedByTheirFirstWord() {
    assertThat(DataStatements.isData("INSERT INTO t VALUES (1)")).isTrue();
    assertThat(DataStatements.isData("update t SET a = 1")).isTrue();
    assertThat(DataStatements.isData("(SELECT 1) UNION (SELECT 2)")).isTrue();
    assertThat(DataStatements.isData("WITH x AS (SELECT 1) DELETE FROM t WHERE id IN (SELECT * FROM x)")).isTrue();
    assertThat(DataStatements.isData("REPLACE INTO t VALUES (1)")).isTrue();
    assertThat(DataStatements.isData("CREATE TABLE t (id INT)")).isFalse();
    assertThat(DataStatements.isData("SET autocommit = 1")).isFalse();
    assertThat(DataStatements.isData("CALL refresh()")).isFalse();
    assertThat(DataStatements.isData("INSERTED")).isFalse();
  }

  @Test
  void oneOtherStatement_makesTheWholeListNotDataOnly() {
    SqlStatement insert = new SqlStatement("INSERT INTO t VALUES (1)", 1);
    assertThat(DataStatements.onlyData(List.of(insert, insert))).isTrue();
    assertThat(DataStatements.onlyData(List.of(insert, new SqlStatement("ALTER TABLE t ADD b INT", 2)))).isFalse();
    assertThat(DataStatements.onlyData(List.of())).isTrue();
  }
}
