package dev.retort.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the shop must do on every database: Retort creates the tables before the first repository
 * call (in {@link StartupReport}'s constructor), the entities work on them, and the callback bean
 * heard each revision. Each subclass boots the application on one database.
 */
abstract class ShopContract {
  @Autowired StartupReport startupReport;
  @Autowired CustomerRepository customers;
  @Autowired OrderRepository orders;
  @Autowired JdbcTemplate jdbc;
  @Autowired DeployAudit deployAudit;

  @Test
  void tablesExistBeforeTheFirstRepositoryCall() {
    assertThat(startupReport.customersAtStartup()).isEqualTo(1);
    assertThat(jdbc.queryForList("SELECT version_num FROM retort_version", String.class))
        .containsExactly("3c4d5e6f7081");
  }

  @Test
  void entitiesWorkOnTheMigratedSchema() {
    Customer ada = customers.findByEmail("ada@example.com").orElseThrow();
    orders.save(new PurchaseOrder(ada, 1999));

    assertThat(orders.findByCustomer(ada)).extracting(PurchaseOrder::getTotalCents).containsExactly(1999L);
  }

  @Test
  void theCallbackBeanHeardEachRevision_inOrder() {
    assertThat(deployAudit.applied()).containsExactly("1a2b3c4d5e6f", "2b3c4d5e6f70", "3c4d5e6f7081");
  }
}
