package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database per tenant: SQLite files from a URL template, through the command line. */
class FleetSqliteTest {
  private static final Pattern LINE = Pattern.compile("\\[\\d+/\\d+] (\\S+) ([a-z]+)");

  @TempDir Path tmp;

  private Project project(String... fleetLines) {
    List<String> lines = new ArrayList<>(List.of(fleetLines));
    Project p = Project.in(tmp.resolve("p"), lines.toArray(String[]::new));
    try {
      Files.createDirectories(p.dir().resolve("tenants"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    p.rev("s1", "").table().write();
    p.rev("s2", "s1").up("CREATE TABLE t_s2 (id INTEGER PRIMARY KEY);\nCREATE TABLE clash (id INTEGER);")
        .down("DROP TABLE clash;\nDROP TABLE t_s2;").write();
    return p;
  }

  private static String generate(int count, String tagsLine) {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      names.add("\"c" + i + "\"");
    }
    return "[[fleet.generate]]\nnames = [" + String.join(", ", names) + "]\nurl = \"sqlite:tenants/{name}.db\"\n"
        + tagsLine;
  }

  private static Map<String, String> outcomes(Cli.Result r) {
    Map<String, String> byName = new java.util.TreeMap<>();
    Matcher m = LINE.matcher(r.err());
    while (m.find()) {
      byName.put(m.group(1), m.group(2));
    }
    return byName;
  }

  private void clash(Path dir, String tenant) throws SQLException, IOException {
    Files.createDirectories(dir.resolve("tenants"));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("tenants/" + tenant + ".db"));
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE clash (x INTEGER)");
    }
  }

  @Test
  void databasePerTenant_manyFiles_upgradeThenStatusAsOneLine() {
    Project p = project("[fleet]", "parallel = 3", generate(30, ""));

    Cli.Result r = p.run(Map.of(), "fleet", "upgrade");

    r.succeeded();
    assertThat(outcomes(r)).hasSize(30).containsValue("upgraded").doesNotContainValue("failed");
    for (int i = 1; i <= 30; i++) {
      assertThat(p.dir().resolve("tenants/c" + i + ".db")).exists();
    }
    Cli.Result status = p.run(Map.of(), "fleet", "status");
    status.succeeded();
    assertThat(status.outLines()).containsExactly("30 targets at heads (s2)");
    Cli.Result again = p.run(Map.of(), "fleet", "upgrade");
    assertThat(outcomes(again).values()).containsOnly("unchanged");
  }

  @Test
  void canaryFailure_stopsBeforeTheStageAll() throws Exception {
    Project p = project("[[fleet.stages]]", "name = \"canary\"", "tags = [\"canary\"]", "[[fleet.stages]]",
        "name = \"all\"", "[[fleet.targets]]", "name = \"first\"", "url = \"sqlite:tenants/first.db\"",
        "tags = [\"canary\"]", generate(5, ""));
    clash(p.dir(), "first");

    Cli.Result r = p.run(Map.of(), "fleet", "upgrade", "--report", "r.json");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(outcomes(r)).containsExactly(Map.entry("first", "failed"));
    assertThat(r.out()).contains("skipped").contains("first");
    com.fasterxml.jackson.databind.JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(p.dir().resolve("r.json").toFile());
    List<String> skipped = new ArrayList<>();
    report.get("targets").forEach(t -> {
      if (t.get("status").asText().equals("skipped")) {
        skipped.add(t.get("name").asText());
      }
    });
    assertThat(skipped).containsExactly("c1", "c2", "c3", "c4", "c5");
    for (int i = 1; i <= 5; i++) {
      assertThat(p.dir().resolve("tenants/c" + i + ".db")).doesNotExist();
    }
  }

  @Test
  void maxFailures_startsNoNewTargetOnceReached() throws Exception {
    Project p = project("[fleet]", "parallel = 1", "on_error = \"continue\"", "max_failures = 2", generate(6, ""));
    clash(p.dir(), "c1");
    clash(p.dir(), "c2");

    Cli.Result r = p.run(Map.of(), "fleet", "upgrade");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(outcomes(r)).containsExactly(Map.entry("c1", "failed"), Map.entry("c2", "failed"));
    assertThat(r.out()).containsPattern("skipped\\s+4");
  }

  @Test
  void shards_areDisjointAndCoverTheFleet_onlyAndTagSelect() {
    Project p = project(generate(20, ""), "[[fleet.targets]]", "name = \"eu1\"", "url = \"sqlite:tenants/eu1.db\"",
        "tags = [\"eu\"]");
    Set<String> seen = new HashSet<>();
    int total = 0;
    for (int k = 1; k <= 3; k++) {
      Cli.Result r = p.run(Map.of(), "fleet", "upgrade", "--shard", k + "/3");
      r.succeeded();
      Set<String> names = outcomes(r).keySet();
      total += names.size();
      seen.addAll(names);
    }
    assertThat(total).isEqualTo(21);
    assertThat(seen).hasSize(21);

    assertThat(outcomes(p.run(Map.of(), "fleet", "status", "--only", "c3", "--only", "c7")).keySet())
        .containsExactly("c3", "c7");
    assertThat(outcomes(p.run(Map.of(), "fleet", "status", "--tag", "eu")).keySet()).containsExactly("eu1");
    Cli.Result unknown = p.run(Map.of(), "fleet", "status", "--only", "c33");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("error[RT-F006]").contains("c33");
  }

  @Test
  void configErrors_missingVariable_duplicateName_schemaOnSqlite() {
    Project missing = project("[[fleet.targets]]", "name = \"a\"", "url = \"postgresql://app:${NO_SUCH_PW}@db/app\"");
    Cli.Result r = missing.run(Map.of(), "fleet", "status");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("error[RT-F002]").contains("NO_SUCH_PW").contains("fix: export NO_SUCH_PW=");

    Project duplicate = project("[[fleet.targets]]", "name = \"c1\"", "url = \"sqlite:x.db\"", generate(2, ""));
    r = duplicate.run(Map.of(), "fleet", "upgrade");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("error[RT-F003]").contains("'c1'").contains("[[fleet.targets]] #1")
        .contains("[[fleet.generate]] #1 'c1'");

    Project schema = project("[[fleet.targets]]", "name = \"a\"", "url = \"sqlite:a.db\"", "schema = \"tenant_a\"");
    r = schema.run(Map.of(), "fleet", "upgrade");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("error[RT-F004]").contains("fleet target 'a'").contains("sqlite has no schemas");
    assertThat(schema.dir().resolve("a.db")).doesNotExist();
  }

  @Test
  void fleetFileOption_readsAnotherFile_andFleetAlonePrintsItsUsage() throws IOException {
    Project p = project();
    Files.writeString(p.dir().resolve("fleet.toml"), generate(2, ""));

    p.run(Map.of(), "fleet", "upgrade", "--fleet", "fleet.toml").succeeded();
    assertThat(p.dir().resolve("tenants/c2.db")).exists();

    Cli.Result none = p.run(Map.of(), "fleet", "upgrade");
    assertThat(none.exitCode()).isEqualTo(1);
    assertThat(none.err()).contains("error[RT-F005]");

    Cli.Result usage = p.run(Map.of(), "fleet");
    assertThat(usage.exitCode()).isEqualTo(2);
    assertThat(usage.err()).contains("Usage: retort fleet").contains("upgrade").contains("status");
  }
}
