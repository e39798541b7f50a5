package dev.retort.autogen.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.diff.SchemaDiff;
import dev.retort.autogen.scratch.ScratchDatabase;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.JdbcSchemaLookup;
import dev.retort.dialect.ReflectOptions;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.ops.PgServer;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On a real PostgreSQL: a check written as {@code s IN ('a', 'b')} on a varchar column, and the same
 * check applied again from the text PostgreSQL printed for it (what a generated revision does),
 * read back as different texts; settled, they are one.
 */
class CheckSettlingTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  private final PostgresDialect dialect = new PostgresDialect();

  @Test
  void inListOnVarchar_reappliedFromItsOwnOutput_settlesToTheDesiredCheck() throws SQLException {
    try (Connection wanted = PG.newDatabase(); Connection have = PG.newDatabase(); Connection scratch = PG.newDatabase()) {
      run(wanted, "CREATE TABLE t (s varchar(10), CONSTRAINT t_s_check CHECK (s IN ('a', 'b')))");
      SchemaSnapshot desired = reflect(wanted);
      String printed = check(desired).expression();
      run(have, "CREATE TABLE t (s varchar(10))", "ALTER TABLE t ADD CONSTRAINT t_s_check CHECK (" + printed + ")");
      SchemaSnapshot current = reflect(have);
      assertThat(check(current).expression()).as("PostgreSQL prints its own output differently").isNotEqualTo(printed);
      assertThat(SchemaDiff.between(current, desired).ops()).as("compared as text").isNotEmpty();
      AtomicInteger opened = new AtomicInteger();

      SchemaSnapshot settled = CheckSettling.settle(current, desired, () -> {
        opened.incrementAndGet();
        return scratchOf(scratch);
      });

      assertThat(SchemaDiff.between(settled, desired).ops()).isEmpty();
      assertThat(opened).hasValue(1);
    }
  }

  @Test
  void aRealChange_staysAChange() throws SQLException {
    try (Connection wanted = PG.newDatabase(); Connection have = PG.newDatabase(); Connection scratch = PG.newDatabase()) {
      run(wanted, "CREATE TABLE t (s varchar(10), CONSTRAINT t_s_check CHECK (s IN ('a', 'c')))");
      run(have, "CREATE TABLE t (s varchar(10), CONSTRAINT t_s_check CHECK (s IN ('a', 'b')))");
      SchemaSnapshot desired = reflect(wanted);
      SchemaSnapshot current = reflect(have);

      SchemaSnapshot settled = CheckSettling.settle(current, desired, () -> scratchOf(scratch));

      assertThat(check(settled).expression()).contains("'b'");
      assertThat(SchemaDiff.between(settled, desired).ops()).isNotEmpty();
    }
  }

  @Test
  void equalChecks_openNoScratchDatabase() throws SQLException {
    try (Connection c = PG.newDatabase()) {
      run(c, "CREATE TABLE t (s varchar(10), CONSTRAINT t_s_check CHECK (s IN ('a', 'b')))");
      SchemaSnapshot snapshot = reflect(c);

      SchemaSnapshot settled = CheckSettling.settle(snapshot, snapshot, () -> {
        throw new AssertionError("no scratch database is needed");
      });

      assertThat(settled).isSameAs(snapshot);
    }
  }

  private static CheckConstraint check(SchemaSnapshot snapshot) {
    return snapshot.schema("public").orElseThrow().table("t").orElseThrow().checks().get(0);
  }

  private SchemaSnapshot reflect(Connection c) {
    return dialect.reflector().reflect(new JdbcSchemaLookup(c), ReflectOptions.excluding("retort_version"));
  }

  private static void run(Connection c, String... statements) throws SQLException {
    try (Statement st = c.createStatement()) {
      for (String sql : statements) {
        st.execute(sql);
      }
    }
  }

  private static ScratchDatabase scratchOf(Connection c) {
    try {
      Properties props = new Properties();
      props.setProperty("user", "postgres");
      props.setProperty("password", "postgres");
      String jdbc = c.getMetaData().getURL();
      return new ScratchDatabase(new DatabaseUrl("postgresql", jdbc, props, null, jdbc), "test scratch");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
