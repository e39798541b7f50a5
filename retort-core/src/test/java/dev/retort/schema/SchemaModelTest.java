package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model's records: sorted, copied collections so that equal schemas are {@code equals}. */
class SchemaModelTest {
  private static final ColumnType INT = new ColumnType("INTEGER", "integer");

  private static Table table(String name, List<Index> indexes, List<CheckConstraint> checks, List<ForeignKey> fks) {
    Table.Builder b = Table.builder(name).column(Column.of("id", INT, false)).column(Column.of("p", INT, true));
    indexes.forEach(b::index);
    checks.forEach(b::check);
    fks.forEach(b::foreignKey);
    return b.build();
  }

  @Test
  void table_partsInAnyOrder_areEqualAndSortedByName() {
    Index a = new Index("a_ix", false, List.of(IndexColumn.of("p")), null, "btree");
    Index b = new Index("b_ix", true, List.of(IndexColumn.of("id")), "p > 0", "btree");
    CheckConstraint unnamedHigh = new CheckConstraint(null, "p < 9");
    CheckConstraint unnamedLow = new CheckConstraint(null, "p > 0");
    CheckConstraint named = new CheckConstraint("c_named", "id > 0");
    ForeignKey toX = ForeignKey.of(null, List.of("p"), "main", "x", List.of("id"));
    ForeignKey toW = ForeignKey.of(null, List.of("id"), "main", "w", List.of("id"));
    Table one = table("t", List.of(b, a), List.of(named, unnamedHigh, unnamedLow), List.of(toX, toW));
    Table two = table("t", List.of(a, b), List.of(unnamedLow, named, unnamedHigh), List.of(toW, toX));
    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(one.indexes()).containsExactly(a, b);
    assertThat(one.checks()).containsExactly(unnamedHigh, unnamedLow, named);
    assertThat(one.foreignKeys()).containsExactly(toW, toX);
    assertThat(one.columns()).extracting(Column::name).as("columns keep their position").containsExactly("id", "p");
  }

  @Test
  void snapshot_schemasAndTables_sortedByName() {
    Schema s = new Schema("public", List.of(table("z", List.of(), List.of(), List.of()),
        table("a", List.of(), List.of(), List.of())), List.of(new View("v2", "SELECT 2", null), new View("v1", "SELECT 1", null)),
        List.of(), List.of(new EnumType("mood", List.of("sad", "ok")), new EnumType("color", List.of("red"))));
    SchemaSnapshot snapshot = new SchemaSnapshot(List.of(s, Schema.of("app", List.of())));
    assertThat(snapshot.schemas()).extracting(Schema::name).containsExactly("app", "public");
    assertThat(s.tables()).extracting(Table::name).containsExactly("a", "z");
    assertThat(s.views()).extracting(View::name).containsExactly("v1", "v2");
    assertThat(s.enumTypes()).extracting(EnumType::name).containsExactly("color", "mood");
    assertThat(s.enumTypes().get(1).labels()).as("labels keep the type's order").containsExactly("sad", "ok");
    assertThat(snapshot.schema("public")).contains(s);
    assertThat(s.table("z")).isPresent();
  }

  @Test
  void records_copyTheirCollections() {
    List<String> columns = new ArrayList<>(List.of("a"));
    PrimaryKey key = new PrimaryKey("pk", columns);
    columns.add("b");
    assertThat(key.columns()).containsExactly("a");
    assertThatThrownBy(() -> key.columns().add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void indexColumn_neitherOrBothColumnAndExpression_refused() {
    assertThatThrownBy(() -> new IndexColumn(null, null, false)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IndexColumn("a", "lower(a)", false)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new IndexColumn(null, "lower(a)", true).text()).isEqualTo("lower(a) DESC");
  }

  @Test
  void foreignKey_columnCountMismatch_refused() {
    assertThatThrownBy(() -> ForeignKey.of("fk", List.of("a", "b"), "public", "p", List.of("id")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fk");
  }

  @Test
  void referentialAction_parsesSqlSpelling() {
    assertThat(ReferentialAction.parse("SET NULL")).isEqualTo(ReferentialAction.SET_NULL);
    assertThat(ReferentialAction.parse("no action")).isEqualTo(ReferentialAction.NO_ACTION);
    assertThat(ReferentialAction.SET_DEFAULT.sql()).isEqualTo("SET DEFAULT");
  }
}
