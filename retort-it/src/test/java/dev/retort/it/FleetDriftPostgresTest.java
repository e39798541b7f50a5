package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retort.api.FleetCommand;
import dev.retort.api.FleetListener;
import dev.retort.api.FleetReport;
import dev.retort.api.FleetReports;
import dev.retort.api.FleetRequest;
import dev.retort.api.FleetTargetResult;
import dev.retort.api.FleetTargetState;
import dev.retort.api.FleetTargetStatus;
import dev.retort.api.Retort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fleet status --drift} and {@code fleet check --drift} on schema-per-tenant PostgreSQL: six
 * tenants, one with a hand-made index, one with a column dropped by hand, one a revision behind.
 */
class FleetDriftPostgresTest {
  @RegisterExtension static final PgServer PG = new PgServer();
  private static final int TENANTS = 6;
  private static final String EXTRA_INDEX = FleetTenants.name(2);
  private static final String DROPPED_COLUMN = FleetTenants.name(4);
  private static final String BEHIND = FleetTenants.name(6);

  @TempDir Path tmp;
  private TestDb.Pg db;
  private Project p;

  @BeforeEach
  void fleetAtHeadsWithTwoHandMadeChanges() throws IOException {
    db = PG.newDatabase();
    p = Project.in(tmp.resolve("project"), "",
        "[fleet]", "on_error = \"continue\"",
        "[[fleet.generate]]", "names_file = \"tenants.txt\"",
        "url = \"" + db.url() + "\"", "schema = \"tenant_{name}\"");
    Files.writeString(p.dir().resolve("tenants.txt"), String.join("\n", FleetTenants.names(TENANTS)));
    p.rev("f1", "").up("CREATE TABLE a (id SERIAL PRIMARY KEY, name TEXT NOT NULL);").down("DROP TABLE a;").write();
    p.rev("f2", "f1").up("CREATE TABLE b (id INTEGER REFERENCES a (id), note TEXT);\nCREATE INDEX ix_b_id ON b (id);")
        .down("DROP TABLE b;").write();
    p.rev("f3", "f2").up("ALTER TABLE a ADD COLUMN email TEXT;").down("ALTER TABLE a DROP COLUMN email;").write();
    Cli.Result upgrade = p.run(Map.of(), "fleet", "upgrade", "--parallel", "3");
    upgrade.succeeded();
    p.run(Map.of(), "fleet", "downgrade", "f2", "--only", BEHIND).succeeded();
    new FleetTenants(db).sql("CREATE INDEX ix_a_name ON tenant_" + EXTRA_INDEX + ".a (name)",
        "ALTER TABLE tenant_" + DROPPED_COLUMN + ".b DROP COLUMN note");
  }

  private Retort retort() {
    return Retort.configure().configFile(p.dir().resolve("retort.toml")).load();
  }

  /** A listener adding the version rows of each expected schema built to {@code built}. */
  private static FleetListener recordingBuilds(List<String> built) {
    return new FleetListener() {
      @Override
      public void driftSchemaBuilt(List<String> rows, String source) {
        built.add(String.join(",", rows));
      }
    };
  }

  private static Map<String, FleetTargetState> states(FleetReport report) {
    Map<String, FleetTargetState> states = new TreeMap<>();
    report.targets().forEach(t -> states.put(t.name(), t.state().orElseThrow()));
    return states;
  }

  @Test
  void statusDrift_flagsExactlyTheTwoChangedTenants_theOneBehindIsComparedWithItsOwnRevisions_andReplaysOncePerRevisionSet() {
    List<String> built = Collections.synchronizedList(new ArrayList<>());
    FleetListener listener = recordingBuilds(built);

    FleetReport report = retort().fleet(Optional.empty(), Map.of())
        .prepare(FleetRequest.of(FleetCommand.STATUS, "").withDrift(), listener).execute();

    Map<String, FleetTargetState> states = states(report);
    assertThat(states).hasSize(TENANTS);
    assertThat(states.entrySet()).filteredOn(e -> e.getValue().drift().orElseThrow())
        .extracting(Map.Entry::getKey).containsExactly(EXTRA_INDEX, DROPPED_COLUMN);
    // the index exists only in the database: '-'; the column is missing from it: '+'
    assertThat(states.get(EXTRA_INDEX).driftDifferences()).singleElement()
        .satisfies(d -> assertThat(d).startsWith("- ").contains("ix_a_name").doesNotContain("tenant_"));
    assertThat(states.get(DROPPED_COLUMN).driftDifferences()).singleElement()
        .satisfies(d -> assertThat(d).startsWith("+ ").contains("b.note").doesNotContain("tenant_"));
    FleetTargetState behind = states.get(BEHIND);
    assertThat(behind.pending()).isEqualTo(1);
    assertThat(behind.drift()).contains(false);
    assertThat(behind.driftDifferences()).isEmpty();
    assertThat(report.targets()).filteredOn(t -> t.name().equals(BEHIND)).singleElement()
        .satisfies(t -> assertThat(t.status()).isEqualTo(FleetTargetStatus.BEHIND));
    // five tenants at f3, one at f2: two replays, never one per tenant
    assertThat(built).containsExactlyInAnyOrder("f3", "f2");
    assertThat(report.failures()).isEmpty();
  }

  @Test
  void statusWithoutDrift_leavesDriftUnchecked() {
    List<String> built = Collections.synchronizedList(new ArrayList<>());
    FleetListener listener = recordingBuilds(built);

    FleetReport report = retort().fleet(Optional.empty(), Map.of())
        .prepare(FleetRequest.of(FleetCommand.STATUS, ""), listener).execute();

    assertThat(states(report).values()).allSatisfy(s -> {
      assertThat(s.drift()).isEmpty();
      assertThat(s.driftDifferences()).isEmpty();
    });
    assertThat(built).isEmpty();
  }

  @Test
  void cliStatusDrift_printsTheCleanTargetsAsOneLine_eachDriftedOneWithItsDifferences_andTheJsonRoundTrips()
      throws IOException {
    Map<String, String> env = Map.of("RETORT_CACHE_DIR", tmp.resolve("cache").toString());

    Cli.Result r = p.run(env, "fleet", "status", "--drift", "--report", "out/status.json", "--report", "out/status.html");

    r.succeeded();
    List<String> lines = r.outLines();
    assertThat(lines.get(0)).isEqualTo("3 targets at heads (f3), no drift");
    assertThat(lines).contains("1 target at f2, 1 pending, no drift: " + BEHIND);
    int index = lines.indexOf("1 target at heads (f3), drifted: " + EXTRA_INDEX);
    assertThat(index).isPositive();
    assertThat(lines.get(index + 1)).startsWith("    - ").contains("ix_a_name");
    int column = lines.indexOf("1 target at heads (f3), drifted: " + DROPPED_COLUMN);
    assertThat(column).isPositive();
    assertThat(lines.get(column + 1)).startsWith("    + ").contains("b.note");
    assertThat(r.err()).contains("drift: schema at f3 replayed on").contains("drift: schema at f2 replayed on");
    assertThat(lines).as("the example in docs/fleet.md").isEqualTo(docsExample("$ retort fleet status --drift"));

    JsonNode json = new ObjectMapper().readTree(p.dir().resolve("out/status.json").toFile());
    for (JsonNode target : json.get("targets")) {
      JsonNode state = target.get("state");
      boolean drifted = List.of(EXTRA_INDEX, DROPPED_COLUMN).contains(target.get("name").asText());
      assertThat(state.get("drift").asBoolean()).as(target.get("name").asText()).isEqualTo(drifted);
      assertThat(state.get("drift_differences")).hasSize(drifted ? 1 : 0);
    }
    FleetReport read = FleetReports.read(p.dir().resolve("out/status.json"));
    assertThat(FleetReports.toJson(read)).isEqualTo(Files.readString(p.dir().resolve("out/status.json")));
    assertThat(states(read).get(EXTRA_INDEX).driftDifferences()).singleElement()
        .satisfies(d -> assertThat(d).contains("ix_a_name"));
    String html = Files.readString(p.dir().resolve("out/status.html"));
    assertThat(html).contains("ix_a_name").contains("b.note").contains("<b>drift</b>");

    // the second run reads the expected schemas from the snapshot cache
    Cli.Result again = p.run(env, "fleet", "status", "--drift");
    again.succeeded();
    assertThat(again.err()).contains("drift: schema at f3 read from the snapshot cache");
    assertThat(again.outLines()).isEqualTo(lines);
  }

  @Test
  void cliCheckDrift_exitsOneNamingTheDriftedTargets() {
    Cli.Result r = p.run(Map.of("RETORT_CACHE_DIR", tmp.resolve("cache").toString()), "fleet", "check", "--drift",
        "--parallel", "2");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("failed the check: " + EXTRA_INDEX + ", " + DROPPED_COLUMN + ", " + BEHIND)
        .contains("drifted: " + EXTRA_INDEX + ", " + DROPPED_COLUMN)
        .contains("retort diff --from").contains("--to migrations")
        .doesNotContain("\tat dev.retort");
    assertThat(r.out()).contains("RT-F008 schema drift: 1 difference").contains("ix_a_name").contains("b.note");
    assertThat(r.out().lines().filter(l -> l.contains("RT-F008"))).hasSize(2);
    List<String> example = docsExample("$ retort fleet check --drift");
    assertThat(r.outLines().get(0)).startsWith("fleet check: 6 targets, ");
    assertThat(r.outLines().subList(1, r.outLines().size())).as("the example in docs/fleet.md")
        .isEqualTo(example.subList(1, example.size()));
  }

  /** The output lines of the docs/fleet.md code block that starts with {@code command}. */
  private static List<String> docsExample(String command) {
    List<String> page;
    try {
      page = Files.readAllLines(Path.of("..", "docs", "fleet.md"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    int start = page.indexOf(command);
    assertThat(start).as("docs/fleet.md has a block starting with " + command).isPositive();
    int end = page.subList(start, page.size()).indexOf("```") + start;
    return page.subList(start + 1, end);
  }

  @Test
  void unreachableScratch_isOneClearError_withoutStackTraceOrPassword() throws IOException {
    String secret = "s3cret-Scratch";
    Files.writeString(p.dir().resolve("retort.toml"), "dev_url = \"postgresql://app:" + secret
        + "@127.0.0.1:1/scratch\"\n" + Files.readString(p.dir().resolve("retort.toml")));

    Cli.Result r = p.run(Map.of("RETORT_CACHE_DIR", tmp.resolve("cache").toString()), "fleet", "status", "--drift");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).containsPattern("error\\[RT-M00[57]\\]").contains("fix:")
        .doesNotContain(secret).doesNotContain("\tat ");
    assertThat(r.out()).doesNotContain(secret);
    // one error, not one line per target that waited for the scratch database
    assertThat(r.err().lines().filter(l -> l.contains("RT-M00"))).hasSize(1);
  }

  @Test
  void targetResultFields_areReportedForTheDriftedTenant() {
    FleetReport report = retort().fleet(Optional.empty(), Map.of())
        .run(FleetRequest.of(FleetCommand.CHECK, "").withDrift());

    FleetTargetResult drifted = report.targets().stream().filter(t -> t.name().equals(DROPPED_COLUMN)).findFirst()
        .orElseThrow();
    assertThat(drifted.status()).isEqualTo(FleetTargetStatus.FAILED);
    assertThat(drifted.error().orElseThrow().code()).contains("RT-F008");
    assertThat(drifted.error().orElseThrow().fix().orElseThrow()).contains("currentSchema=tenant_" + DROPPED_COLUMN);
    assertThat(report.failures()).extracting(FleetTargetResult::name).containsExactly(EXTRA_INDEX, DROPPED_COLUMN);
  }
}
