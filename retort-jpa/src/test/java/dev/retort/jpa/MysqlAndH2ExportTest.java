package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.source.EntityDdl;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.JdbcSchemaLookup;
import dev.retort.dialect.ReflectOptions;
import dev.retort.dialect.h2.H2Dialect;
import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.schema.Column;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.testkit.MariaDbServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The shop entities exported for MySQL (Hibernate's MySQLDialect, run on the real MariaDB) and for
 * H2 (H2Dialect, in memory), applied and reflected: the names read back as the entities give them.
 */
class MysqlAndH2ExportTest {
  @Test
  void mysql_shopEntities_applyOnMariaDbAndReadBack() throws SQLException {
    MariaDbServer server = MariaDbServer.require();
    EntityDdl ddl = Shop.export("dev.retort.jpa.shop", "mysql");
    try (Connection c = DriverManager.getConnection(server.jdbcUrl(server.newDatabase()))) {
      assertShop(applyAndReflect(c, ddl, new MysqlDialect()));
    }
  }

  @Test
  void h2_shopEntities_applyInMemoryAndReadBack() throws SQLException {
    EntityDdl ddl = Shop.export("dev.retort.jpa.shop", "h2");
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:shop_export")) {
      assertShop(applyAndReflect(c, ddl, new H2Dialect()));
    }
  }

  private static Schema applyAndReflect(Connection c, EntityDdl ddl, Dialect dialect) throws SQLException {
    Shop.apply(c, ddl.statements());
    return dialect.reflector().reflect(new JdbcSchemaLookup(c), ReflectOptions.excluding("retort_version"))
        .schemas().get(0);
  }

  private static void assertShop(Schema schema) {
    assertThat(schema.tables()).extracting(Table::name).contains("customer", "orders", "order_line");
    Table customer = schema.table("customer").orElseThrow();
    assertThat(customer.columns()).extracting(Column::name).containsExactlyInAnyOrder(
        "id", "first_name", "last_name", "email", "street", "city", "postal_code");
    assertThat(customer.index("ix_customer_name").orElseThrow().columns()).extracting(IndexColumn::column)
        .containsExactly("last_name", "first_name");
    assertThat(schema.table("order_line").orElseThrow().foreignKeys()).isNotEmpty();
    assertThat(schema.table("orders").orElseThrow().column("status").orElseThrow().nullable()).isFalse();
  }
}
