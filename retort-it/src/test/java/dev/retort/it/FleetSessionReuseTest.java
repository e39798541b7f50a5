package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.api.FleetCommand;
import dev.retort.api.FleetReport;
import dev.retort.api.FleetRequest;
import dev.retort.api.FleetTargetResult;
import dev.retort.api.FleetTargetStatus;
import dev.retort.api.Retort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema-per-tenant targets on PostgreSQL share sessions: a fleet of 12 tenants at parallel 2 runs
 * its revisions in at most 2 server sessions, and a session handed on carries nothing of the
 * tenant before it (its temporary table, its search path).
 */
class FleetSessionReuseTest {
  @RegisterExtension static final PgServer PG = new PgServer();
  private static final int TENANTS = 12;

  @TempDir Path tmp;

  @Test
  void tenantsShareAtMostParallelSessions_andEachStartsClean() throws Exception {
    TestDb.Pg db = PG.newDatabase();
    FleetTenants tenants = new FleetTenants(db);
    tenants.sql("CREATE TABLE public.sessions_seen (pid INTEGER, tenant TEXT)");
    Project p = Project.in(tmp.resolve("project"), "",
        "[fleet]", "parallel = 2",
        "[[fleet.generate]]", "names_file = \"tenants.txt\"",
        "url = \"" + db.url() + "\"", "schema = \"tenant_{name}\"");
    Files.writeString(p.dir().resolve("tenants.txt"), String.join("\n", FleetTenants.names(TENANTS)));
    // the temporary table would already exist in a reused session that was not cleaned
    p.rev("f1", "").up("CREATE TABLE a (id INTEGER);\nCREATE TEMP TABLE leftover (id INTEGER);\n"
        + "INSERT INTO public.sessions_seen SELECT pg_backend_pid(), current_schema();").down("DROP TABLE a;").write();
    p.rev("f2", "f1").up("CREATE TABLE b (id INTEGER);").down("DROP TABLE b;").write();

    FleetReport report = Retort.configure().configFile(p.dir().resolve("retort.toml")).load()
        .fleet(Optional.empty(), Map.of()).run(FleetRequest.of(FleetCommand.UPGRADE, "heads"));

    assertThat(report.targets()).extracting(FleetTargetResult::status).containsOnly(FleetTargetStatus.UPGRADED);
    for (String name : FleetTenants.names(TENANTS)) {
      assertThat(tenants.rows(name)).as(name).containsExactly("f2");
      assertThat(tenants.tables(name)).as(name).isEqualTo(Set.of("a", "b"));
      assertThat(tenants.upgrades(name, "f1")).as(name).isEqualTo(1);
    }
    try (Connection c = db.connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(DISTINCT pid), count(DISTINCT tenant), count(*)"
            + " FROM public.sessions_seen")) {
      rs.next();
      assertThat(rs.getInt(3)).as("one row per tenant").isEqualTo(TENANTS);
      assertThat(rs.getInt(2)).as("each tenant's revision ran in its own schema").isEqualTo(TENANTS);
      assertThat(rs.getInt(1)).as("server sessions that ran revisions").isBetween(1, 2);
    }
    try (Connection c = db.connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            + " AND application_name LIKE 'retort%'")) {
      rs.next();
      assertThat(rs.getInt(1)).as("no session left open after the fleet").isZero();
    }
  }
}
