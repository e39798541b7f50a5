package dev.retort.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The SQL the SQLite reflector reads: views, index keys and predicates, type spellings. */
class SqliteSqlTest {
  @Test
  void viewDefinition_withColumnListAndQuotedName_isTheQuery() {
    assertThat(SqliteSql.viewDefinition("CREATE VIEW IF NOT EXISTS \"my view\" (a, b) AS\n  SELECT 1, 2"))
        .isEqualTo("SELECT 1, 2");
    assertThat(SqliteSql.viewDefinition("create temp view v as select x as y from t")).isEqualTo("select x as y from t");
  }

  @Test
  void indexKeys_commasInsideCallsAndStrings_splitAtTopLevelOnly() {
    assertThat(SqliteSql.indexKeys("CREATE INDEX i ON t (coalesce(a, ','), b COLLATE NOCASE DESC, \"c\" ASC)"))
        .containsExactly("coalesce(a, ',')", "b", "\"c\"");
  }

  @Test
  void indexPredicate_partialAndPlain() {
    assertThat(SqliteSql.indexPredicate("CREATE UNIQUE INDEX i ON t (a) WHERE b IS NOT NULL AND (c > 0)"))
        .isEqualTo("b IS NOT NULL AND (c > 0)");
    assertThat(SqliteSql.indexPredicate("CREATE INDEX i ON t (a)")).isNull();
  }

  @Test
  void normalizeType_spacingAndCase() {
    assertThat(SqliteSql.normalizeType(" NUMERIC ( 10 , 2 ) ")).isEqualTo("numeric(10,2)");
    assertThat(SqliteSql.normalizeType("UNSIGNED   BIG INT")).isEqualTo("unsigned big int");
    assertThat(SqliteSql.withoutGeneratedSuffix("INT GENERATED ALWAYS")).isEqualTo("INT");
  }
}
