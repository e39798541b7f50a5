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
    assertThat(DataStatements.isData("-- seed rows\n/* two */ INSERT INTO t VALUES (1)")).isTrue();
  }

  @Test
  void keyword_isTheFirstWordAfterBlanksCommentsAndParentheses() {
    assertThat(DataStatements.keyword("  create table t (id int)")).isEqualTo("CREATE");
    assertThat(DataStatements.keyword("-- a comment\n/* another */ ALTER TABLE t ADD b INT")).isEqualTo("ALTER");
    assertThat(DataStatements.keyword("((SELECT 1))")).isEqualTo("SELECT");
    assertThat(DataStatements.keyword("$$ x $$")).isEmpty();
    assertThat(DataStatements.keyword("-- only a comment")).isEmpty();
  }

  @Test
  void oneOtherStatement_makesTheWholeListNotDataOnly() {
    SqlStatement insert = new SqlStatement("INSERT INTO t VALUES (1)", 1);
    assertThat(DataStatements.onlyData(List.of(insert, insert))).isTrue();
    assertThat(DataStatements.onlyData(List.of(insert, new SqlStatement("ALTER TABLE t ADD b INT", 2)))).isFalse();
    assertThat(DataStatements.onlyData(List.of())).isTrue();
  }
}
