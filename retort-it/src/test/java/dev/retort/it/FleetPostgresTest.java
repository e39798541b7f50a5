package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retort.api.FleetCommand;
import dev.retort.api.FleetReport;
import dev.retort.api.FleetRequest;
import dev.retort.api.FleetTargetResult;
import dev.retort.api.FleetTargetStatus;
import dev.retort.api.Retort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema per tenant on one PostgreSQL database: 200 tenants, one whose second revision fails
 * halfway (its schema holds a table the revision creates), with on_error continue and stop, a
 * re-run after the fix, an unreachable target with a password, a killed run, two runs at once.
 */
class FleetPostgresTest {
  @RegisterExtension static final PgServer PG = new PgServer();
  private static final int TENANTS = 200;
  private static final String BROKEN = FleetTenants.name(5);

  @TempDir Path tmp;

  /** Three revisions; f2's second statement creates {@code conflict}, which the broken tenant already has. */
  private Project project(TestDb.Pg db, String onError, String sleep, int tenants) throws IOException {
    Project p = Project.in(tmp.resolve("project"), "",
        "[fleet]", "on_error = \"" + onError + "\"",
        "[[fleet.generate]]", "names_file = \"tenants.txt\"",
        "url = \"" + db.url() + "\"", "schema = \"tenant_{name}\"");
    Files.writeString(p.dir().resolve("tenants.txt"), "# one a line\n" + String.join("\n", FleetTenants.names(tenants)));
    p.rev("f1", "").up("CREATE TABLE a (id INTEGER);" + sleep).down("DROP TABLE a;").write();
    p.rev("f2", "f1").up("CREATE TABLE b (id INTEGER);\nCREATE TABLE conflict (id INTEGER);" + sleep)
        .down("DROP TABLE conflict;\nDROP TABLE b;").write();
    p.rev("f3", "f2").up("CREATE TABLE c (id INTEGER);" + sleep).down("DROP TABLE c;").write();
    return p;
  }

  private static Retort retort(Project p) {
    return Retort.configure().configFile(p.dir().resolve("retort.toml")).load();
  }

  @Test
  void failingTenant_staysAtItsRevision_theOthersFinish_andAReRunCompletesOnlyWhatIsLeft() throws IOException {
    TestDb.Pg db = PG.newDatabase();
    Project p = project(db, "continue", "", TENANTS);
    FleetTenants tenants = new FleetTenants(db);
    tenants.sql("CREATE SCHEMA tenant_" + BROKEN, "CREATE TABLE tenant_" + BROKEN + ".conflict (x INTEGER)");

    FleetReport report = retort(p).fleet(Optional.empty(), Map.of()).run(FleetRequest.of(FleetCommand.UPGRADE, "heads"));

    assertThat(report.targets()).hasSize(TENANTS);
    assertThat(report.failures()).extracting(FleetTargetResult::name).containsExactly(BROKEN);
    FleetTargetResult broken = report.failures().get(0);
    assertThat(broken.status()).isEqualTo(FleetTargetStatus.FAILED);
    assertThat(broken.before()).isEmpty();
    assertThat(broken.after()).containsExactly("f1");
    var error = broken.error().orElseThrow();
    assertThat(error.code()).contains("RT-V004");
    assertThat(error.revision()).contains("f2");
    assertThat(error.file()).hasValueSatisfying(f -> assertThat(f).endsWith(p.path("f2").getFileName().toString()));
    assertThat(error.line()).hasValue(p.lineOf("f2", "CREATE TABLE conflict"));
    assertThat(error.statement()).hasValueSatisfying(s -> assertThat(s).contains("CREATE TABLE conflict"));
    assertThat(error.message()).contains("conflict");
    // the broken tenant kept f1 only: version row and tables agree, f2's first table rolled back
    assertThat(tenants.rows(BROKEN)).containsExactly("f1");
    assertThat(tenants.tables(BROKEN)).containsExactly("a", "conflict");
    for (String name : FleetTenants.names(TENANTS)) {
      if (!name.equals(BROKEN)) {
        assertThat(tenants.rows(name)).as(name).containsExactly("f3");
        assertThat(tenants.tables(name)).as(name).containsExactly("a", "b", "c", "conflict");
      }
    }
    assertThat(report.targets().stream().filter(t -> !t.name().equals(BROKEN)))
        .allSatisfy(t -> assertThat(t.status()).isEqualTo(FleetTargetStatus.UPGRADED));

    tenants.sql("DROP TABLE tenant_" + BROKEN + ".conflict");
    FleetReport again = retort(p).fleet(Optional.empty(), Map.of()).run(FleetRequest.of(FleetCommand.UPGRADE, "heads"));

    assertThat(again.failures()).isEmpty();
    assertThat(again.targets()).filteredOn(t -> t.status() == FleetTargetStatus.UPGRADED)
        .extracting(FleetTargetResult::name).containsExactly(BROKEN);
    assertThat(again.targets()).filteredOn(t -> t.status() == FleetTargetStatus.UNCHANGED).hasSize(TENANTS - 1);
    assertThat(tenants.rows(BROKEN)).containsExactly("f3");
    assertThat(tenants.tables(BROKEN)).containsExactly("a", "b", "c", "conflict");
  }

  @Test
  void onErrorStop_stopsTheStage_laterTargetsAreSkipped_andTheJsonReportNamesTheFailure() throws IOException {
    TestDb.Pg db = PG.newDatabase();
    Project p = project(db, "stop", "", TENANTS);
    FleetTenants tenants = new FleetTenants(db);
    tenants.sql("CREATE SCHEMA tenant_" + BROKEN, "CREATE TABLE tenant_" + BROKEN + ".conflict (x INTEGER)");

    Cli.Result r = p.run(Map.of(), "fleet", "upgrade", "--parallel", "2", "--report", "out/fleet.json");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("error: 1 of " + TENANTS + " targets failed: " + BROKEN);
    assertThat(r.out()).contains("failed target:").contains(BROKEN).contains("RT-V004");
    JsonNode json = new ObjectMapper().readTree(p.dir().resolve("out/fleet.json").toFile());
    List<String> skipped = new ArrayList<>();
    List<String> upgraded = new ArrayList<>();
    for (JsonNode target : json.get("targets")) {
      String name = target.get("name").asText();
      switch (target.get("status").asText()) {
        case "skipped" -> skipped.add(name);
        case "upgraded" -> upgraded.add(name);
        case "failed" -> {
          assertThat(name).isEqualTo(BROKEN);
          JsonNode error = target.get("error");
          assertThat(error.get("revision").asText()).isEqualTo("f2");
          assertThat(error.get("file").asText()).endsWith(p.path("f2").getFileName().toString());
          assertThat(error.get("statement").asText()).contains("CREATE TABLE conflict");
        }
        default -> throw new AssertionError(target.toString());
      }
    }
    assertThat(json.get("targets")).hasSize(TENANTS);
    // stopped after the running targets: at most the other worker's targets ran on after the failure
    assertThat(skipped).hasSizeGreaterThan(TENANTS - 20);
    assertThat(upgraded.size() + skipped.size()).isEqualTo(TENANTS - 1);
    for (String name : upgraded) {
      assertThat(tenants.rows(name)).as(name).containsExactly("f3");
    }
    for (String name : skipped) {
      assertThat(tenants.rows(name)).as(name).isEmpty();
      assertThat(tenants.tables(name)).as(name).isEmpty();
    }
  }

  @Test
  void unreachableTarget_isReportedRedacted_theRestFinish_andNoPasswordIsPrinted() throws IOException {
    TestDb.Pg db = PG.newDatabase();
    Project p = project(db, "continue", "", 5);
    String password = "hunter2-Secret";
    Files.writeString(p.dir().resolve("retort.toml"), Files.readString(p.dir().resolve("retort.toml"))
        + "\n[[fleet.targets]]\nname = \"gone\"\nurl = \"postgresql://app:${GONE_PASSWORD}@127.0.0.1:1/app\"\n");

    Cli.Result r = p.run(Map.of("GONE_PASSWORD", password), "fleet", "upgrade", "--report", "gone.json");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("gone").contains("unreachable").contains("postgresql://app:***@127.0.0.1:1/app");
    assertThat(r.err()).contains("[6/6]").contains("failed: gone");
    String report = Files.readString(p.dir().resolve("gone.json"));
    assertThat(report).contains("\"unreachable\"");
    for (String text : List.of(r.out(), r.err(), report)) {
      assertThat(text).doesNotContain(password);
    }
    for (String name : FleetTenants.names(5)) {
      assertThat(new FleetTenants(db).rows(name)).as(name).containsExactly("f3");
    }
    Cli.Result status = p.run(Map.of("GONE_PASSWORD", password), "fleet", "status");
    assertThat(status.out()).contains("5 targets at heads (f3)").contains("1 target unreachable (RT-D002): gone");
    assertThat(status.out() + status.err()).doesNotContain(password);
  }

  @Test
  void killedFleetRun_leavesEveryTenantConsistent_andAReRunCompletes() throws Exception {
    TestDb.Pg db = PG.newDatabase();
    int count = 40;
    Project p = project(db, "continue", "\nSELECT pg_sleep(0.05);", count);
    FleetTenants tenants = new FleetTenants(db);
    RetortProcess.warmUp(tmp);

    RetortProcess proc = RetortProcess.start(p.dir(), Map.of(), "fleet", "upgrade", "--parallel", "3");
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (atHead(tenants, count) < 5) {
      assertThat(proc.isAlive()).as("still running; stderr: %s", proc.stderr()).isTrue();
      assertThat(System.nanoTime()).as("five tenants done (hang detector)").isLessThan(deadline);
      Thread.sleep(20);
    }
    proc.kill();
    proc.await(60);

    for (String name : FleetTenants.names(count)) {
      List<String> rows = tenants.rows(name);
      Set<String> expected = new TreeSet<>();
      String at = rows.isEmpty() ? "" : rows.get(0);
      if (at.compareTo("f1") >= 0) {
        expected.add("a");
      }
      if (at.compareTo("f2") >= 0) {
        expected.addAll(List.of("b", "conflict"));
      }
      if (at.equals("f3")) {
        expected.add("c");
      }
      assertThat(rows).as(name).hasSizeLessThanOrEqualTo(1);
      assertThat(tenants.tables(name)).as("%s at %s", name, rows).isEqualTo(expected);
    }
    assertThat(atHead(tenants, count)).as("the kill came before the end").isLessThan(count);

    Cli.Result again = p.run(Map.of(), "fleet", "upgrade");

    again.succeeded();
    assertThat(atHead(tenants, count)).isEqualTo(count);
  }

  @Test
  void twoOverlappingFleetRuns_applyEachRevisionOncePerTenant() throws Exception {
    TestDb.Pg db = PG.newDatabase();
    int count = 30;
    Project p = project(db, "continue", "\nSELECT pg_sleep(0.02);", count);
    FleetTenants tenants = new FleetTenants(db);
    RetortProcess.warmUp(tmp);

    RetortProcess first = RetortProcess.start(p.dir(), Map.of(), "fleet", "upgrade", "--parallel", "3");
    RetortProcess second = RetortProcess.start(p.dir(), Map.of(), "fleet", "upgrade", "--parallel", "3");
    first.await(300).succeeded();
    second.await(300).succeeded();

    for (String name : FleetTenants.names(count)) {
      assertThat(tenants.rows(name)).as(name).containsExactly("f3");
      for (String revision : List.of("f1", "f2", "f3")) {
        assertThat(tenants.upgrades(name, revision)).as("%s %s", name, revision).isEqualTo(1);
      }
    }
  }

  private static int atHead(FleetTenants tenants, int count) {
    int done = 0;
    for (String name : FleetTenants.names(count)) {
      done += tenants.rows(name).equals(List.of("f3")) ? 1 : 0;
    }
    return done;
  }
}
