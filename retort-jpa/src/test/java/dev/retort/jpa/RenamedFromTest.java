package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.source.EntityDdl;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code @RenamedFrom} on an entity, fields and an embeddable's field, as physical names in {@link EntityDdl}. */
class RenamedFromTest {
  @Test
  void ddl_postgresql_renamesUseTheNamesPostgresqlStores() {
    EntityDdl ddl = Shop.export("dev.retort.jpa.renamed", "postgresql");
    assertThat(ddl.tableRenames()).isEqualTo(Map.of("customer", "client"));
    assertThat(ddl.columnRenames()).isEqualTo(Map.of(
        "client.email_address", "email",
        "client.full_name", "displayname",
        "client.city", "town"));
  }

  @Test
  void ddl_sqlite_renamesKeepTheCaseHibernateWrites() {
    EntityDdl ddl = Shop.export("dev.retort.jpa.renamed", "sqlite");
    assertThat(ddl.tableRenames()).isEqualTo(Map.of("customer", "Client"));
    assertThat(ddl.columnRenames()).isEqualTo(Map.of(
        "Client.email_address", "email",
        "Client.Full_Name", "displayName",
        "Client.city", "town"));
  }

  @Test
  void ddl_noHints_noRenames() {
    EntityDdl ddl = Shop.export("dev.retort.jpa.shop", "postgresql");
    assertThat(ddl.tableRenames()).isEmpty();
    assertThat(ddl.columnRenames()).isEmpty();
  }
}
