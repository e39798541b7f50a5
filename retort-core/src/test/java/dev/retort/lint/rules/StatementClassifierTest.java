package dev.retort.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.lint.rules.StatementView.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JSqlParser where it can, the token fallback where it cannot; never an exception. */
class StatementClassifierTest {
  @Test
  void jsqlparserClassifiesPlainStatements() {
    StatementView drop = StatementClassifier.classify("DROP TABLE IF EXISTS public.\"Users\"", 3);
    assertThat(drop.parsed()).isTrue();
    assertThat(drop.kind()).isEqualTo(Kind.DROP);
    assertThat(drop.objectType()).isEqualTo("TABLE");
    assertThat(drop.ifExists()).isTrue();
    assertThat(drop.tables()).containsExactly("Users");
    assertThat(drop.line()).isEqualTo(3);

    StatementView alter = StatementClassifier.classify("alter table orders add column note text, drop column x", 1);
    assertThat(alter.kind()).isEqualTo(Kind.ALTER_TABLE);
    assertThat(alter.table()).isEqualTo("orders");
    assertThat(alter.clauses()).containsExactly("ADD COLUMN NOTE TEXT", "DROP COLUMN X");
  }

  @Test
  void postgresOnlySyntaxFallsBackToTokens() {
    StatementView index = StatementClassifier.classify("CREATE INDEX CONCURRENTLY ix ON ONLY s.orders USING gin (doc)", 1);
    assertThat(index.kind()).isEqualTo(Kind.CREATE_INDEX);
    assertThat(index.table()).isEqualTo("orders");
    StatementView fk = StatementClassifier.classify(
        "ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (u) REFERENCES users (id) NOT VALID", 1);
    assertThat(fk.kind()).isEqualTo(Kind.ALTER_TABLE);
    assertThat(fk.clauses()).singleElement().asString().endsWith("NOT VALID");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", ";", "(((", "DROP", "ALTER TABLE", "CREATE INDEX ON", "DO $$ BEGIN RAISE NOTICE 'x'; END $$",
      "CREATE TABLE t (LIKE s INCLUDING ALL) PARTITION BY RANGE (d)", "SELECT jsonb_col ? 'k' FROM t",
      "ALTER TABLE t ALTER COLUMN c TYPE int USING c::int, ALTER COLUMN d SET STATISTICS 100",
      "COPY t FROM STDIN", "VACUUM (VERBOSE) t", "'unterminated", "\"unterminated"})
  void oddInputNeverThrows(String sql) {
    assertThat(StatementClassifier.classify(sql, 1)).isNotNull();
  }
}
