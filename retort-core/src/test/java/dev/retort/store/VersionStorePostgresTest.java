package dev.retort.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.graph.RevisionId;
import dev.retort.ops.PgServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The version row and the history row written together on PostgreSQL (one statement where it can). */
class VersionStorePostgresTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  private static final HistoryEntry ENTRY =
      new HistoryEntry("b2", "upgrade", "abc123", "2026-12-07T15:00:00Z", 42, "ann@box", true);

  private static Set<RevisionId> ids(String... values) {
    Set<RevisionId> ids = new java.util.TreeSet<>();
    for (String value : values) {
      ids.add(RevisionId.of(value));
    }
    return ids;
  }

  private static VersionStore storeWithRows(Connection c, String... rows) throws SQLException {
    VersionStore store = new VersionStore(c, new PostgresDialect(), "retort_version");
    store.create(255);
    store.move(Set.of(), ids(rows));
    return store;
  }

  @Test
  void oneRowForOne_movesTheRow_andRecordsTheHistoryRow() throws SQLException {
    try (Connection c = PG.newDatabase()) {
      VersionStore store = storeWithRows(c, "a1");
      store.moveAndRecord(ids("a1"), ids("b2"), ENTRY, false);
      assertThat(store.rows()).containsExactly(RevisionId.of("b2"));
      assertThat(store.history()).containsExactly(ENTRY);
    }
  }

  @Test
  void aMerge_twoRowsForOne_deletesBoth_insertsOne_andRecords() throws SQLException {
    try (Connection c = PG.newDatabase()) {
      VersionStore store = storeWithRows(c, "a1", "a2");
      store.moveAndRecord(ids("a1", "a2"), ids("b2"), ENTRY, false);
      assertThat(store.rows()).containsExactly(RevisionId.of("b2"));
      assertThat(store.history()).containsExactly(ENTRY);
    }
  }

  @Test
  void inATransactionRolledBack_neitherRowStays() throws SQLException {
    try (Connection c = PG.newDatabase()) {
      VersionStore store = storeWithRows(c, "a1");
      c.setAutoCommit(false);
      store.moveAndRecord(ids("a1"), ids("b2"), ENTRY, false);
      c.rollback();
      c.setAutoCommit(true);
      assertThat(store.rows()).containsExactly(RevisionId.of("a1"));
      assertThat(store.history()).isEmpty();
    }
  }

  @Test
  void thenCommit_inATransaction_commitsWithTheRows_andSaysSo() throws SQLException {
    try (Connection c = PG.newDatabase()) {
      VersionStore store = storeWithRows(c, "a1");
      c.setAutoCommit(false);
      assertThat(store.moveAndRecord(ids("a1"), ids("b2"), ENTRY, true)).isTrue();
      c.rollback(); // nothing left to roll back: the COMMIT went with the rows
      c.setAutoCommit(true);
      assertThat(store.rows()).containsExactly(RevisionId.of("b2"));
      assertThat(store.history()).containsExactly(ENTRY);
    }
  }

  @Test
  void thenCommit_aMerge_doesNotCommit_andLeavesItToTheCaller() throws SQLException {
    try (Connection c = PG.newDatabase()) {
      VersionStore store = storeWithRows(c, "a1", "a2");
      c.setAutoCommit(false);
      assertThat(store.moveAndRecord(ids("a1", "a2"), ids("b2"), ENTRY, true)).isFalse();
      c.rollback();
      c.setAutoCommit(true);
      assertThat(store.rows()).containsExactlyInAnyOrder(RevisionId.of("a1"), RevisionId.of("a2"));
      assertThat(store.history()).isEmpty();
    }
  }

  @Test
  void withoutTheHistoryTable_failsAndMovesNothing() throws SQLException {
    try (Connection c = PG.newDatabase()) {
      VersionStore store = storeWithRows(c, "a1");
      try (Statement st = c.createStatement()) {
        st.execute("DROP TABLE retort_history");
      }
      assertThatThrownBy(() -> store.moveAndRecord(ids("a1"), ids("b2"), ENTRY, false))
          .isInstanceOf(SQLException.class).hasMessageContaining("retort_history");
      assertThat(store.rows()).containsExactly(RevisionId.of("a1"));
    }
  }
}
