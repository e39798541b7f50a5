package dev.retort.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.CompiledStatement;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.JdbcSchemaLookup;
import dev.retort.dialect.ReflectOptions;
import dev.retort.ops.Op;
import dev.retort.schema.Column;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The round trip of STYLE.md C10 on real databases: schema A in one database, B in another, the
 * diff compiled by the dialect and run on A's database, which must then reflect as B, with nothing
 * left to diff; and the reverse diff brings it back to A.
 */
final class RoundTrip {
  private final Dialect dialect;

  RoundTrip(Dialect dialect) {
    this.dialect = dialect;
  }

  static void run(Connection c, String... ddl) throws SQLException {
    try (Statement st = c.createStatement()) {
      for (String statement : ddl) {
        st.execute(statement);
      }
    }
  }

  SchemaSnapshot reflect(Connection c) {
    return dialect.reflector().reflect(new JdbcSchemaLookup(c), ReflectOptions.excluding("retort_version"));
  }

  /**
   * The snapshot with each table's columns sorted by name: the diff does not compare column
   * positions (an added column goes last, as {@code ADD COLUMN} puts it), so neither does the round trip.
   */
  static SchemaSnapshot columnsByName(SchemaSnapshot snapshot) {
    List<Schema> schemas = new ArrayList<>();
    for (Schema s : snapshot.schemas()) {
      List<Table> tables = s.tables().stream().map(t -> new Table(t.name(),
          t.columns().stream().sorted(Comparator.comparing(Column::name)).toList(), t.primaryKey(),
          t.uniqueConstraints(), t.indexes(), t.foreignKeys(), t.checks(), t.comment())).toList();
      schemas.add(new Schema(s.name(), tables, s.views(), s.sequences(), s.enumTypes()));
    }
    return new SchemaSnapshot(schemas);
  }

  /** Compiles each op against the database's current shape and runs it. */
  void apply(Connection c, List<Op> ops) throws SQLException {
    for (Op op : ops) {
      for (CompiledStatement s : dialect.ddl().compile(op, new JdbcSchemaLookup(c))) {
        try (PreparedStatement ps = c.prepareStatement(s.sql())) {
          for (int i = 0; i < s.parameters().size(); i++) {
            ps.setObject(i + 1, s.parameters().get(i));
          }
          ps.execute();
        } catch (SQLException e) {
          throw new SQLException(op.describe() + ": " + s.sql() + ": " + e.getMessage(), e);
        }
      }
    }
  }

  /**
   * Upgrade from A to B on {@code a}, then downgrade back to A, checking the reflection and that a
   * second diff finds nothing at each end.
   *
   * @return the upgrade's diff, for assertions on its operations
   */
  DiffResult check(Connection a, Connection b, DiffOptions options) throws SQLException {
    SchemaSnapshot schemaA = reflect(a);
    SchemaSnapshot schemaB = reflect(b);
    DiffResult up = SchemaDiff.between(schemaA, schemaB, options);
    apply(a, up.ops());
    SchemaSnapshot afterUp = reflect(a);
    assertThat(columnsByName(afterUp)).as("after upgrade %s", up.ops()).isEqualTo(columnsByName(schemaB));
    assertThat(SchemaDiff.between(afterUp, schemaB).ops()).as("phantom diff after upgrade").isEmpty();
    DiffResult down = SchemaDiff.between(schemaB, schemaA, options.reversed());
    apply(a, down.ops());
    SchemaSnapshot afterDown = reflect(a);
    assertThat(columnsByName(afterDown)).as("after downgrade %s", down.ops()).isEqualTo(columnsByName(schemaA));
    assertThat(SchemaDiff.between(afterDown, schemaA).ops()).as("phantom diff after downgrade").isEmpty();
    return up;
  }
}
