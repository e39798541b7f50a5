package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.source.EntityDdl;
import dev.retort.dialect.JdbcSchemaLookup;
import dev.retort.dialect.ReflectOptions;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.schema.Table;
import java.sql.Connection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shop entities exported for PostgreSQL, run on embedded PostgreSQL and reflected by Retort. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresExportTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  private EntityDdl ddl;
  private Schema schema;

  @BeforeAll
  void exportAndApply() throws Exception {
    ddl = Shop.export("dev.retort.jpa.shop", "postgresql");
    try (Connection c = PG.newDatabase()) {
      Shop.apply(c, ddl.statements());
      SchemaSnapshot snapshot = new PostgresDialect().reflector().reflect(new JdbcSchemaLookup(c), ReflectOptions.excluding("retort_version"));
      schema = snapshot.schema("public").orElseThrow();
    }
  }

  @Test
  void ddl_shopEntities_createsTheirTablesAndSequence() {
    assertThat(schema.tables()).extracting(Table::name).containsExactlyInAnyOrder("customer", "orders", "order_line");
    assertThat(schema.sequences()).extracting(s -> s.name()).contains("orders_seq");
    assertThat(ddl.statements()).allSatisfy(s -> assertThat(s).doesNotEndWith(";"));
    assertThat(ddl.tableRenames()).isEmpty();
    assertThat(ddl.columnRenames()).isEmpty();
  }

  @Test
  void ddl_customer_hasTypesNullabilityAndEmbeddedAddress() {
    Table customer = schema.table("customer").orElseThrow();
    assertThat(customer.columns()).extracting(Column::name).containsExactlyInAnyOrder(
        "id", "first_name", "last_name", "email", "street", "city", "postal_code");
    assertThat(type(customer, "id")).isEqualTo("int8");
    assertThat(type(customer, "last_name")).isEqualTo("varchar(100)");
    assertThat(type(customer, "email")).isEqualTo("varchar(320)");
    assertThat(type(customer, "postal_code")).isEqualTo("varchar(20)");
    assertThat(customer.column("last_name").orElseThrow().nullable()).isFalse();
    assertThat(customer.column("first_name").orElseThrow().nullable()).isTrue();
    assertThat(customer.primaryKey().columns()).containsExactly("id");
    assertThat(customer.column("id").orElseThrow().identity().toString()).isNotEqualTo("NONE");
  }

  @Test
  void ddl_customer_hasTheIndexAndTheUniqueConstraint() {
    Table customer = schema.table("customer").orElseThrow();
    Index index = customer.index("ix_customer_name").orElseThrow();
    assertThat(index.unique()).isFalse();
    assertThat(index.columns()).extracting(IndexColumn::column).containsExactly("last_name", "first_name");
    assertThat(customer.uniqueConstraints()).anySatisfy(u -> {
      assertThat(u.name()).isEqualTo("uq_customer_email");
      assertThat(u.columns()).containsExactly("email");
    });
  }

  @Test
  void ddl_orders_hasForeignKeysToCustomerAndFromLines() {
    Table orders = schema.table("orders").orElseThrow();
    assertThat(orders.foreignKeys()).singleElement().satisfies(fk -> {
      assertThat(fk.columns()).containsExactly("customer_id");
      assertThat(fk.referencedTable()).isEqualTo("customer");
      assertThat(fk.referencedColumns()).containsExactly("id");
    });
    Table lines = schema.table("order_line").orElseThrow();
    assertThat(lines.foreignKeys()).extracting(ForeignKey::referencedTable).containsExactly("orders");
    assertThat(type(lines, "unit_price")).isEqualTo("numeric(12,2)");
    assertThat(type(lines, "quantity")).isEqualTo("int4");
    assertThat(type(orders, "placed_at")).isEqualTo("timestamptz(6)");
  }

  @Test
  void ddl_enumStoredAsString_isTextWithACheckOfItsNames() {
    Table orders = schema.table("orders").orElseThrow();
    assertThat(type(orders, "status")).isEqualTo("varchar(20)");
    assertThat(orders.column("status").orElseThrow().nullable()).isFalse();
    assertThat(orders.checks()).anySatisfy(check -> assertThat(check.expression())
        .contains("status").contains("'NEW'").contains("'PAID'").contains("'SHIPPED'"));
  }

  private static String type(Table table, String column) {
    return table.column(column).orElseThrow().type().normalized();
  }
}
