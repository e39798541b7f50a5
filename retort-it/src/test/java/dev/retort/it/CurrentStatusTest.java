package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code current} (text, --verbose, --json) and {@code status} (applied, pending, edited, missing). */
class CurrentStatusTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  @TempDir Path tmp;

  /** s1 -> s2 -> s3 -> s4, and a separate base z1 labelled zed. */
  private Project project() {
    Project p = Project.in(tmp.resolve("project"));
    p.rev("s1", "").message("first").table().write();
    p.rev("s2", "s1").message("second").table().write();
    p.rev("s3", "s2").message("third").table().write();
    p.rev("s4", "s3").message("fourth").table().write();
    p.rev("z1", "").message("zed base").labels("zed").table().write();
    return p;
  }

  private static Map<String, String> states(JsonNode status) {
    Map<String, String> states = new LinkedHashMap<>();
    status.forEach(e -> states.put(e.get("id").asText(), e.get("state").asText()));
    return states;
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void currentShowsTheVersionRows(Kind kind) {
    Project p = project();
    TestDb db = kind.fresh(PG, tmp, "current");

    assertThat(p.run(db.env(), "current").succeeded().out()).isEmpty();
    assertThat(p.run(db.env(), "current", "--json").succeeded().json()).isEmpty();

    p.run(db.env(), "upgrade", "s2").succeeded();
    p.run(db.env(), "upgrade", "zed@head").succeeded();
    assertThat(db.rows()).containsExactly("s2", "z1");

    assertThat(p.run(db.env(), "current").succeeded().outLines()).containsExactly("s2", "z1 (zed) (head)");

    String verbose = p.run(db.env(), "current", "--verbose").succeeded().out();
    assertThat(verbose).contains("Rev: s2\n").contains("Parent: s1\n").contains("Rev: z1 (head)\n")
        .contains("Parent: <base>\n").contains("Branch names: zed\n")
        .contains("Path: " + p.path("s2")).contains("    second\n");

    JsonNode json = p.run(db.env(), "current", "--json").succeeded().json();
    assertThat(Cli.ids(json)).containsExactly("s2", "z1");
    JsonNode s2 = json.get(0);
    assertThat(s2.get("parents").get(0).asText()).isEqualTo("s1");
    assertThat(s2.get("message").asText()).isEqualTo("second");
    assertThat(s2.get("path").asText()).isEqualTo(p.path("s2").toString());
    assertThat(s2.get("head").asBoolean()).isFalse();
    assertThat(json.get(1).get("branches").get(0).asText()).isEqualTo("zed");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void statusShowsAppliedPendingEditedAndMissing(Kind kind) throws Exception {
    Project p = project();
    TestDb db = kind.fresh(PG, tmp, "status");

    assertThat(states(p.run(db.env(), "status", "--json").succeeded().json()))
        .containsOnly(Map.entry("s1", "pending"), Map.entry("s2", "pending"), Map.entry("s3", "pending"),
            Map.entry("s4", "pending"), Map.entry("z1", "pending"));

    p.run(db.env(), "upgrade", "s2").succeeded();
    p.run(db.env(), "upgrade", "zed@head").succeeded();
    JsonNode status = p.run(db.env(), "status", "--json").succeeded().json();
    assertThat(states(status)).containsOnly(Map.entry("s1", "applied"), Map.entry("s2", "applied"),
        Map.entry("s3", "pending"), Map.entry("s4", "pending"), Map.entry("z1", "applied"));
    assertThat(Cli.ids(status).subList(0, 4)).containsExactly("s1", "s2", "s3", "s4");

    // edit an applied file; delete another applied one
    String before = p.run(db.env(), "status", "--json").succeeded().json().get(0).get("checksum").asText();
    Files.writeString(p.path("s1"), Project.read(p.path("s1")) + "-- a comment added after it was applied\n");
    Files.delete(p.path("z1"));

    status = p.run(db.env(), "status", "--json").succeeded().json();
    assertThat(states(status)).containsOnly(Map.entry("s1", "edited"), Map.entry("s2", "applied"),
        Map.entry("s3", "pending"), Map.entry("s4", "pending"), Map.entry("z1", "missing"));
    JsonNode s1 = status.get(0);
    assertThat(s1.get("appliedChecksum").asText()).isEqualTo(before);
    assertThat(s1.get("checksum").asText()).isNotEqualTo(before);

    String text = p.run(db.env(), "status").succeeded().out();
    assertThat(text.lines()).anyMatch(l -> l.startsWith("edited") && l.contains("s1") && l.contains("first"))
        .anyMatch(l -> l.startsWith("applied") && l.contains("s2"))
        .anyMatch(l -> l.startsWith("pending") && l.contains("s3"))
        .anyMatch(l -> l.startsWith("missing") && l.contains("z1") && l.contains("was the file deleted?"));

    // an edited file still runs forward; the database is unchanged by status
    assertThat(db.rows()).containsExactly("s2", "z1");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void statusWithAnUnknownRowAgreesWithTheVersionTableAndSaysTheRowIsUnknown(Kind kind) {
    Project p = project();
    TestDb db = kind.fresh(PG, tmp, "unknown");
    p.run(db.env(), "upgrade", "s3").succeeded();
    // the history says s1..s3 were applied, but the version table holds an id no script has
    db.exec("UPDATE retort_version SET version_num = 'gone9999'");

    Cli.Result status = p.run(db.env(), "status", "--json").succeeded();

    assertThat(states(status.json())).containsOnly(Map.entry("s1", "pending"), Map.entry("s2", "pending"),
        Map.entry("s3", "pending"), Map.entry("s4", "pending"), Map.entry("z1", "pending"),
        Map.entry("gone9999", "missing"));
    // the same message and code as current (and upgrade), as a warning
    String current = p.run(db.env(), "current").failedWith("RT-V001").errLines().get(0);
    assertThat(current).contains("gone9999");
    assertThat(status.errLines()).contains(current.replace("error[RT-V001]", "warning[RT-V001]"));
    Cli.Result text = p.run(db.env(), "status").succeeded();
    assertThat(text.out().lines()).anyMatch(l -> l.startsWith("missing") && l.contains("gone9999"))
        .noneMatch(l -> l.startsWith("applied"));
    assertThat(text.err()).contains("warning[RT-V001]").contains("gone9999");
    assertThat(p.run(db.env(), "status", "--check").exitCode()).isEqualTo(1);
  }
}
