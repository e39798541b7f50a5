package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.source.EntityDdl;
import dev.retort.dialect.JdbcSchemaLookup;
import dev.retort.dialect.ReflectOptions;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.schema.Column;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.schema.Table;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The shop entities exported for SQLite (Hibernate's community SQLiteDialect), run on in-memory SQLite and reflected. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqliteExportTest {
  private EntityDdl ddl;
  private Schema schema;

  @BeforeAll
  void exportAndApply() throws Exception {
    ddl = Shop.export("dev.retort.jpa.shop", "sqlite");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      Shop.apply(c, ddl.statements());
      SchemaSnapshot snapshot = new SqliteDialect().reflector().reflect(new JdbcSchemaLookup(c), ReflectOptions.excluding("retort_version"));
      schema = snapshot.schemas().get(0);
    }
  }

  @Test
  void ddl_shopEntities_createsTheirTablesWithColumns() {
    assertThat(schema.tables()).extracting(Table::name).contains("customer", "orders", "order_line");
    assertThat(schema.table("customer").orElseThrow().columns()).extracting(Column::name).containsExactlyInAnyOrder(
        "id", "first_name", "last_name", "email", "street", "city", "postal_code");
    assertThat(ddl.statements()).noneMatch(s -> s.endsWith(";"));
  }

  @Test
  void ddl_index_isInTheTable() {
    Table customer = schema.table("customer").orElseThrow();
    assertThat(customer.index("ix_customer_name").orElseThrow().columns()).extracting(IndexColumn::column)
        .containsExactly("last_name", "first_name");
  }

  /**
   * What Hibernate's SQLiteDialect decides, as docs/autogenerate.md says: SQLite cannot add a
   * constraint to a table, and Hibernate writes foreign keys and named unique constraints only that
   * way, so they are left out; a sequence is a table with one row. If Hibernate changes this, the
   * docs change with this test.
   */
  @Test
  void ddl_sqlite_hibernateWritesNoForeignKeysNoNamedUniquesAndASequenceTable() {
    assertThat(schema.tables()).allSatisfy(t -> assertThat(t.foreignKeys()).isEmpty());
    assertThat(schema.table("customer").orElseThrow().uniqueConstraints()).isEmpty();
    assertThat(schema.table("orders_SEQ")).isPresent();
    assertThat(ddl.statements()).contains("insert into orders_SEQ ( next_val ) values ( 1 )");
  }

  @Test
  void ddl_enumStoredAsString_hasACheckOfItsNames() {
    Table orders = schema.table("orders").orElseThrow();
    assertThat(orders.column("status").orElseThrow().nullable()).isFalse();
    assertThat(orders.checks()).anySatisfy(check -> assertThat(check.expression()).contains("'SHIPPED'"));
  }
}
