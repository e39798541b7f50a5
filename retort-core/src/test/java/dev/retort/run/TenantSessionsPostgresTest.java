package dev.retort.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.error.ErrorCode;
import dev.retort.ops.PgServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A fleet's tenant sessions on PostgreSQL: the set-up of a new session, and when it fails. */
class TenantSessionsPostgresTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  private DatabaseUrl url(String database) {
    return DatabaseUrl.parse("postgresql://postgres:s3cret-pw@localhost:" + PG.port() + "/" + database, Path.of("."));
  }

  @Test
  void aSetUpThatFails_isOneClearError_namingTheRedactedUrlAndTheSetUp() throws Exception {
    String database;
    try (Connection c = PG.newDatabase()) {
      database = c.getCatalog();
    }
    try (TenantSessions sessions = new TenantSessions()) {
      RunException e = catchThrowableOfType(
          () -> sessions.forSchema(url(database), new PostgresDialect(), "SELECT no_such_function()").getConnection(),
          RunException.class);
      assertThat(e.code()).isEqualTo(ErrorCode.D002);
      assertThat(e.getMessage()).contains("could not be set up for the tenant").contains("no_such_function")
          .contains("localhost:" + PG.port() + "/" + database).doesNotContain("s3cret-pw");
      assertThat(e.details()).containsExactly("the set-up: SELECT no_such_function()");
    }
  }

  @Test
  void aSetUpThatWorks_givesASessionInTheTenantsSchema() throws Exception {
    String database;
    try (Connection c = PG.newDatabase(); Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA tenant_a");
      database = c.getCatalog();
    }
    try (TenantSessions sessions = new TenantSessions();
        Connection c = sessions.forSchema(url(database), new PostgresDialect(), "SET search_path TO tenant_a")
            .getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT current_schema()")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("tenant_a");
    }
  }
}
