package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code /actuator/retort} and {@code /actuator/health/retort} over HTTP, in one web application
 * that upgraded to the first of two revisions ({@code retort.target}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ActuatorTest {
  @TempDir static Path dir;
  private static ConfigurableApplicationContext context;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() {
    new RevisionFiles(dir.resolve("db/retort")).writeItemsAndTags();
    context = new SpringApplicationBuilder(App.class).properties(
        "server.port=0",
        "spring.datasource.url=jdbc:sqlite:" + dir.resolve("app.db"),
        "retort.locations=" + dir.resolve("db/retort"),
        "retort.target=" + RevisionFiles.ITEMS,
        "management.endpoints.web.exposure.include=health,retort",
        "management.endpoint.health.show-details=always").run();
  }

  @AfterAll
  static void stop() {
    context.close();
  }

  @Test
  @Order(1)
  void retortEndpoint_listsEachRevisionWithItsState() throws Exception {
    HttpResponse<String> response = get("/actuator/retort");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode revisions = JSON.readTree(response.body()).get("revisions");
    assertThat(revisions).hasSize(2);
    assertThat(revisions.get(0).get("id").asText()).isEqualTo(RevisionFiles.ITEMS);
    assertThat(revisions.get(0).get("state").asText()).isEqualTo("applied");
    assertThat(revisions.get(0).get("message").asText()).isEqualTo("create items");
    assertThat(revisions.get(0).get("appliedChecksum").asText()).isEqualTo(revisions.get(0).get("checksum").asText());
    assertThat(revisions.get(1).get("id").asText()).isEqualTo(RevisionFiles.TAGS);
    assertThat(revisions.get(1).get("state").asText()).isEqualTo("pending");
    assertThat(revisions.get(1).get("parents").get(0).asText()).isEqualTo(RevisionFiles.ITEMS);
  }

  @Test
  @Order(2)
  void health_isUp_andListsPendingRevisions() throws Exception {
    HttpResponse<String> response = get("/actuator/health/retort");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode health = JSON.readTree(response.body());
    assertThat(health.get("status").asText()).isEqualTo("UP");
    assertThat(health.get("details").get("applied").asInt()).isEqualTo(1);
    assertThat(health.get("details").get("pending").get(0).asText()).isEqualTo(RevisionFiles.TAGS);
    assertThat(health.get("details").get("edited")).isEmpty();
  }

  @Test
  @Order(3)
  void health_isDown_whenAnAppliedRevisionDiffersFromItsFile() throws Exception {
    // another instance applied a different version of the file
    context.getBean(JdbcTemplate.class).update(
        "UPDATE retort_history SET checksum = ? WHERE revision = ?", "0".repeat(64), RevisionFiles.ITEMS);

    HttpResponse<String> health = get("/actuator/health/retort");
    HttpResponse<String> endpoint = get("/actuator/retort");

    assertThat(health.statusCode()).isEqualTo(503);
    assertThat(JSON.readTree(health.body()).get("status").asText()).isEqualTo("DOWN");
    assertThat(JSON.readTree(health.body()).get("details").get("edited").get(0).asText())
        .isEqualTo(RevisionFiles.ITEMS);
    assertThat(JSON.readTree(endpoint.body()).get("revisions").get(0).get("state").asText()).isEqualTo("edited");
  }

  private static HttpResponse<String> get(String path) throws Exception {
    String port = context.getEnvironment().getProperty("local.server.port");
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** A web application with everything the test class path auto-configures. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}
}
