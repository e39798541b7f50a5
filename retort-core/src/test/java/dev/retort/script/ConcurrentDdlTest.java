package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CONCURRENTLY check lint (RT113) and the run's preflight share. */
class ConcurrentDdlTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "CREATE INDEX CONCURRENTLY ix ON t (c)",
      "drop index concurrently if exists ix",
      "REINDEX INDEX CONCURRENTLY ix",
      "-- builds without blocking\nCREATE UNIQUE INDEX\n  CONCURRENTLY ix ON t (c)"})
  void isConcurrent_concurrentStatements_true(String sql) {
    assertThat(ConcurrentDdl.isConcurrent(sql)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "CREATE INDEX ix ON t (c)",
      "-- not CONCURRENTLY: inside a transaction\nCREATE INDEX ix ON t (c)",
      "COMMENT ON INDEX ix IS 'built CONCURRENTLY later'",
      "CREATE INDEX ix_concurrently ON t (c)"})
  void isConcurrent_otherStatements_false(String sql) {
    assertThat(ConcurrentDdl.isConcurrent(sql)).isFalse();
  }
}
