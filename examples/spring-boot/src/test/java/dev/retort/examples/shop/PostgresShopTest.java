package dev.retort.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The shop on embedded PostgreSQL (the DataSource is the embedded server's), and its actuator
 * endpoints; Hibernate validates the schema it finds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresShopTest extends ShopContract {
  @Autowired Environment environment;

  @Test
  void actuatorReportsTheRevisions() throws Exception {
    HttpResponse<String> health = get("/actuator/health/retort");
    HttpResponse<String> revisions = get("/actuator/retort");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"");
    assertThat(revisions.body()).contains("\"id\":\"1a2b3c4d5e6f\"", "\"id\":\"3c4d5e6f7081\"")
        .doesNotContain("\"state\":\"pending\"");
  }

  private HttpResponse<String> get(String path) throws Exception {
    URI uri = URI.create("http://localhost:" + environment.getProperty("local.server.port") + path);
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** One embedded PostgreSQL server for this test class's application, stopped with it. */
  @TestConfiguration(proxyBeanMethods = false)
  static class EmbeddedPostgresDatabase {
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() throws IOException {
      return EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres server) {
      return server.getPostgresDatabase();
    }
  }
}
