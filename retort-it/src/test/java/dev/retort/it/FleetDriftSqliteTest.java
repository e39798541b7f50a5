package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.api.FleetReport;
import dev.retort.api.FleetReports;
import dev.retort.api.FleetTargetResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fleet status --drift} and {@code fleet check --drift} on a database (a SQLite file) per tenant. */
class FleetDriftSqliteTest {
  @TempDir Path tmp;

  private Project project(int tenants) throws IOException {
    StringBuilder names = new StringBuilder();
    for (int i = 1; i <= tenants; i++) {
      names.append(i == 1 ? "" : ", ").append("\"c").append(i).append('"');
    }
    Project p = Project.in(tmp.resolve("p"), "[[fleet.generate]]", "names = [" + names + "]",
        "url = \"sqlite:tenants/{name}.db\"");
    Files.createDirectories(p.dir().resolve("tenants"));
    p.rev("s1", "").table().write();
    p.rev("s2", "s1").up("CREATE TABLE orders (id INTEGER PRIMARY KEY, total INTEGER NOT NULL);")
        .down("DROP TABLE orders;").write();
    return p;
  }

  private static void sql(Path file, String statement) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
      st.execute(statement);
    }
  }

  @Test
  void databasePerTenant_aHandMadeTableIsDrift_theOthersReadAsOneLine() throws Exception {
    Project p = project(8);
    p.run(Map.of(), "fleet", "upgrade").succeeded();
    sql(p.dir().resolve("tenants/c3.db"), "CREATE TABLE hotfix (id INTEGER)");
    sql(p.dir().resolve("tenants/c3.db"), "CREATE INDEX ix_orders_total ON orders (total)");
    Map<String, String> env = Map.of("RETORT_CACHE_DIR", tmp.resolve("cache").toString());

    Cli.Result status = p.run(env, "fleet", "status", "--drift", "--report", "status.json");

    status.succeeded();
    List<String> lines = status.outLines();
    assertThat(lines.get(0)).isEqualTo("7 targets at heads (s2), no drift");
    assertThat(lines.get(1)).isEqualTo("1 target at heads (s2), drifted: c3");
    assertThat(lines.subList(2, lines.size())).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("    - "))
        .anySatisfy(l -> assertThat(l).contains("hotfix")).anySatisfy(l -> assertThat(l).contains("ix_orders_total"));
    assertThat(status.err().lines().filter(l -> l.startsWith("drift: schema at s2"))).hasSize(1);
    FleetReport report = FleetReports.read(p.dir().resolve("status.json"));
    assertThat(report.targets()).filteredOn(t -> t.state().orElseThrow().drift().orElseThrow())
        .extracting(FleetTargetResult::name).containsExactly("c3");

    Cli.Result check = p.run(env, "fleet", "check", "--drift");

    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.err()).contains("1 of 8 targets failed the check: c3").contains("drifted: c3")
        .contains("retort diff --from sqlite:tenants/c3.db --to migrations");
    assertThat(check.out()).contains("RT-F008 schema drift: 2 differences");
  }

  @Test
  void withoutDrift_statusIsUnchanged_andAHandMadeTableGoesUnnoticed() throws Exception {
    Project p = project(3);
    p.run(Map.of(), "fleet", "upgrade").succeeded();
    sql(p.dir().resolve("tenants/c2.db"), "CREATE TABLE hotfix (id INTEGER)");

    Cli.Result status = p.run(Map.of(), "fleet", "status");
    Cli.Result check = p.run(Map.of(), "fleet", "check");

    status.succeeded();
    assertThat(status.outLines()).containsExactly("3 targets at heads (s2)");
    assertThat(status.err()).doesNotContain("drift");
    check.succeeded();
  }

  @Test
  void aTenantBehindHead_isComparedWithItsOwnRevisions() throws Exception {
    Project p = project(3);
    p.run(Map.of(), "fleet", "upgrade").succeeded();
    p.run(Map.of(), "fleet", "downgrade", "s1", "--only", "c2").succeeded();

    Cli.Result status = p.run(Map.of("RETORT_CACHE_DIR", tmp.resolve("cache").toString()), "fleet", "status", "--drift");

    status.succeeded();
    assertThat(status.outLines()).containsExactly("2 targets at heads (s2), no drift",
        "1 target at s1, 1 pending, no drift: c2");
  }
}
