package dev.retort.dialect.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.CompiledStatement;
import dev.retort.dialect.DdlCompiler;
import dev.retort.dialect.JdbcSchemaLookup;
import dev.retort.dialect.ReflectOptions;
import dev.retort.dialect.SchemaLookup;
import dev.retort.dialect.UnrenderableOperationException;
import dev.retort.migration.Column;
import dev.retort.migration.ColumnChange;
import dev.retort.migration.Identity;
import dev.retort.migration.Index;
import dev.retort.migration.Table;
import dev.retort.migration.Type;
import dev.retort.ops.Op;
import dev.retort.schema.Schema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * H2's operations compiler against a real in-memory H2: the portable types and column changes run
 * and reflect as written; what H2 lacks is refused with the reason before any SQL runs.
 */
class H2DdlCompilerTest {
  private final H2Dialect h2 = new H2Dialect();
  private final DdlCompiler ddl = h2.ddl();

  private static Connection database() throws SQLException {
    return DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID());
  }

  private void apply(Connection c, Op... ops) throws SQLException {
    for (Op op : ops) {
      for (CompiledStatement s : ddl.compile(op, SchemaLookup.none())) {
        try (PreparedStatement ps = c.prepareStatement(s.sql())) {
          for (int i = 0; i < s.parameters().size(); i++) {
            ps.setObject(i + 1, s.parameters().get(i));
          }
          ps.execute();
        }
      }
    }
  }

  private Schema reflect(Connection c) {
    return h2.reflector().reflect(new JdbcSchemaLookup(c), ReflectOptions.excluding()).schema("public").orElseThrow();
  }

  private static List<String> types(Schema schema, String table) {
    return schema.table(table).orElseThrow().columns().stream()
        .map(c -> c.name() + " " + c.type().normalized() + (c.nullable() ? "" : " not null")
            + (c.defaultExpression() == null ? "" : " default " + c.defaultExpression()))
        .toList();
  }

  @Test
  void portableTypes_runOnH2_andReflectAsItSpellsThem() throws SQLException {
    Table t = Table.named("t");
    for (Type type : List.of(Type.INTEGER, Type.BIGINT, Type.SMALLINT, Type.BOOLEAN, Type.TEXT, Type.DATE, Type.TIMESTAMP,
        Type.TIMESTAMPTZ, Type.DOUBLE, Type.BLOB, Type.JSON, Type.UUID, Type.varchar(10), Type.numeric(8, 3))) {
      t = t.column(Column.of("c_" + t.columns().size(), type));
    }
    try (Connection c = database()) {
      apply(c, new Op.CreateTable(t));
      assertThat(types(reflect(c), "t")).containsExactly("c_0 integer", "c_1 bigint", "c_2 smallint", "c_3 boolean",
          "c_4 character varying", "c_5 date", "c_6 timestamp", "c_7 timestamp with time zone", "c_8 double precision",
          "c_9 binary large object", "c_10 json", "c_11 uuid", "c_12 character varying(10)", "c_13 numeric(8, 3)");
    }
  }

  @Test
  void columnChanges_typeNullabilityDefaultIdentityAndName_runInOrder() throws SQLException {
    try (Connection c = database()) {
      apply(c, new Op.CreateTable(Table.named("t").column(Column.of("id", Type.INTEGER).notNull())
          .column(Column.of("a", Type.varchar(10)))));
      apply(c, new Op.AlterColumn("t", "a", ColumnChange.change().type(Type.varchar(40)).nullable(false)
              .defaultSql("'x'").renameTo("b")),
          new Op.AlterColumn("t", "id", ColumnChange.change().addIdentity(Identity.byDefault())));
      Schema after = reflect(c);
      assertThat(types(after, "t")).containsExactly("id integer not null", "b character varying(40) not null default 'x'");
      assertThat(after.table("t").orElseThrow().columns().get(0).identity()).isEqualTo(dev.retort.schema.Identity.BY_DEFAULT);
    }
  }

  @Test
  void partialAndExpressionIndexes_areRefusedWithTheReason() {
    assertThatThrownBy(() -> ddl.compile(new Op.CreateIndex(Index.on("t", "a").named("ix").where("a > 0")),
        SchemaLookup.none())).isInstanceOf(UnrenderableOperationException.class)
        .hasMessageContaining("H2 has no partial indexes");
    assertThatThrownBy(() -> ddl.compile(new Op.CreateIndex(Index.on("t", "lower(a)").named("ix")), SchemaLookup.none()))
        .isInstanceOf(UnrenderableOperationException.class).hasMessageContaining("H2 has no expression indexes ('lower(a)')");
    assertThatThrownBy(() -> ddl.compile(new Op.CreateIndex(Index.on("t", "a").named("ix").using("gin")),
        SchemaLookup.none())).isInstanceOf(UnrenderableOperationException.class)
        .hasMessageContaining("H2 has no index method gin");
  }
}
