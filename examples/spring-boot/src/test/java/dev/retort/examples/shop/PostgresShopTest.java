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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The shop on embedded PostgreSQL (the DataSource is the embedded server's): Retort creates the
 * tables before the first repository call, in {@link StartupReport}'s constructor, and Hibernate
 * validates the schema it finds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresShopTest {
  @Autowired StartupReport startupReport;
  @Autowired CustomerRepository customers;
  @Autowired OrderRepository orders;
  @Autowired JdbcTemplate jdbc;
  @Autowired Environment environment;

  @Test
  void tablesExistBeforeTheFirstRepositoryCall() {
    assertThat(startupReport.customersAtStartup()).isEqualTo(1);
    assertThat(jdbc.queryForList("SELECT version_num FROM retort_version", String.class))
        .containsExactly("3c4d5e6f7081");
  }

  @Test
  void entitiesWorkOnTheMigratedSchema() {
    Customer ada = customers.findByEmail("ada@example.com").orElseThrow();
    orders.save(new PurchaseOrder(ada, 4200));

    assertThat(orders.findByCustomer(ada)).extracting(PurchaseOrder::getTotalCents).containsExactly(4200L);
  }

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
