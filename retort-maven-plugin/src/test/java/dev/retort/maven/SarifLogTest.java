package dev.retort.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import dev.retort.api.LintFinding;
import dev.retort.api.LintRule;
import dev.retort.api.LintSeverity;
import dev.retort.api.SarifLog;
import java.nio.file.Files;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SARIF log as the lint goal writes it, validated against the official OASIS SARIF 2.1.0 schema. */
class SarifLogTest {
  private static final String SCHEMA_ID =
      "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";
  private static JsonSchema schema;

  @TempDir Path dir;

  @BeforeAll
  static void loadSchema() {
    var factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, builder -> builder.schemaMappers(
        mappers -> mappers.mapPrefix(SCHEMA_ID, "classpath:schema/sarif-schema-2.1.0.json")));
    schema = factory.getSchema(SchemaLocation.of(SCHEMA_ID));
    assertThat(schema.getSchemaNode().get("definitions").size()).isGreaterThan(50);
  }

  private static final List<LintRule> RULES = List.of(
      new LintRule("RT101", "several-heads", LintSeverity.ERROR, "the graph has several heads"),
      new LintRule("RT201", "drop-without-if-exists", LintSeverity.WARNING, "DROP without IF EXISTS"));

  @Test
  void write_validLog_withRulesLevelsAndLocations() throws IOException {
    Path project = dir.resolve("shop");
    List<LintFinding> findings = List.of(
        new LintFinding("RT101", LintSeverity.ERROR, Optional.of(project.resolve("migrations/versions/b.sql")), 1,
            "2 heads: a, b", "retort merge heads -m \"merge heads\""),
        new LintFinding("RT201", LintSeverity.WARNING, Optional.of(project.resolve("migrations/versions/c.sql")), 0,
            "DROP TABLE without IF EXISTS", ""),
        new LintFinding("RT900", LintSeverity.INFO, Optional.empty(), 0, "a project-wide note", ""));
    Path file = dir.resolve("target/retort-lint.sarif");

    Files.createDirectories(file.getParent());
    Files.writeString(file, new SarifLog(project, RULES, "1.2.3").declaringSourceRoot().toJson(findings));

    JsonNode log = new ObjectMapper().readTree(file.toFile());
    assertThat(schema.validate(log)).isEmpty();
    JsonNode run = log.get("runs").get(0);
    assertThat(run.at("/tool/driver/version").asText()).isEqualTo("1.2.3");
    JsonNode heads = run.get("results").get(0);
    assertThat(heads.get("level").asText()).isEqualTo("error");
    assertThat(run.at("/tool/driver/rules/" + heads.get("ruleIndex").asInt() + "/id").asText()).isEqualTo("RT101");
    assertThat(heads.at("/message/text").asText()).isEqualTo("2 heads: a, b\nfix: retort merge heads -m \"merge heads\"");
    assertThat(heads.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("migrations/versions/b.sql");
    assertThat(heads.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(1);
    JsonNode drop = run.get("results").get(1);
    assertThat(drop.get("level").asText()).isEqualTo("warning");
    assertThat(drop.at("/locations/0/physicalLocation").has("region")).isFalse();
    JsonNode note = run.get("results").get(2);
    assertThat(note.get("level").asText()).isEqualTo("note");
    assertThat(note.has("ruleIndex")).isFalse();
    assertThat(note.has("locations")).isFalse();
  }

  @Test
  void uri_outsideTheProject_isAbsolute() {
    SarifLog log = new SarifLog(dir.resolve("shop"), RULES, "1");

    assertThat(log.uri(dir.resolve("elsewhere/x.sql"))).isEqualTo(dir.resolve("elsewhere/x.sql").toString());
    assertThat(log.uri(dir.resolve("shop/a/../b.sql"))).isEqualTo("b.sql");
  }
}
