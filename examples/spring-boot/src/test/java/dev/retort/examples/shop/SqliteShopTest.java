package dev.retort.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The shop on a SQLite file: the same revisions, the same start-up order. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SqliteShopTest {
  @Autowired StartupReport startupReport;
  @Autowired CustomerRepository customers;
  @Autowired OrderRepository orders;
  @Autowired JdbcTemplate jdbc;
  @Autowired DeployAudit deployAudit;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws IOException {
    Path file = Files.createTempDirectory("shop").resolve("shop.db");
    registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + file);
    registry.add("spring.jpa.database-platform", () -> "org.hibernate.community.dialect.SQLiteDialect");
  }

  @Test
  void tablesExistBeforeTheFirstRepositoryCall() {
    assertThat(startupReport.customersAtStartup()).isEqualTo(1);
    assertThat(jdbc.queryForList("SELECT version_num FROM retort_version", String.class))
        .containsExactly("3c4d5e6f7081");
  }

  @Test
  void theCallbackBeanHeardEachRevision_inOrder() {
    assertThat(deployAudit.applied()).containsExactly("1a2b3c4d5e6f", "2b3c4d5e6f70", "3c4d5e6f7081");
  }

  @Test
  void entitiesWorkOnTheMigratedSchema() {
    Customer ada = customers.findByEmail("ada@example.com").orElseThrow();
    orders.save(new PurchaseOrder(ada, 1999));

    assertThat(orders.findByCustomer(ada)).extracting(PurchaseOrder::getTotalCents).containsExactly(1999L);
  }
}
