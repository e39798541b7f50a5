package dev.retort.autogen.diff;

import static dev.retort.autogen.diff.Models.col;
import static dev.retort.autogen.diff.Models.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.migration.ColumnChange;
import dev.retort.migration.Identity;
import dev.retort.ops.Op;
import dev.retort.schema.Column;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Serial folding, identity and generated-column changes in the pure diff. */
class SerialColumnsTest {
  private static Column serialId(String sequence) {
    return col("id", "integer", "int4").withDefault("nextval('" + sequence + "'::regclass)");
  }

  private static Sequence sequence(String name, long start) {
    return new Sequence(name, "integer", start, 1, 1, Integer.MAX_VALUE, 1, false, "t.id");
  }

  private static Schema schema(Column id, Sequence... sequences) {
    Table t = Table.builder("t").column(id).column(col("a", "text")).build();
    return new Schema("public", List.of(t), List.of(), List.of(sequences), List.of());
  }

  @Test
  void fold_ownedSequenceWithSerialSettings_becomesTheColumnType() {
    Schema folded = SerialColumns.fold(schema(serialId("t_id_seq"), sequence("t_id_seq", 1)));
    assertThat(folded.sequences()).isEmpty();
    assertThat(folded.tables().get(0).column("id").orElseThrow().type().normalized()).isEqualTo("serial");
  }

  @Test
  void fold_sequenceWithOtherSettings_staysASequenceAndADefault() {
    Schema folded = SerialColumns.fold(schema(serialId("t_id_seq"), sequence("t_id_seq", 100)));
    assertThat(folded.sequences()).hasSize(1);
    assertThat(folded.tables().get(0).column("id").orElseThrow().type().normalized()).isEqualTo("int4");
  }

  @Test
  void diff_serialOnBothSidesUnderOtherSequenceNames_nothing() {
    SchemaSnapshot a = new SchemaSnapshot(List.of(schema(serialId("t_id_seq"), sequence("t_id_seq", 1))));
    SchemaSnapshot b = new SchemaSnapshot(List.of(schema(serialId("old_id_seq"), sequence("old_id_seq", 1))));
    assertThat(SchemaDiff.between(a, b).ops()).isEmpty();
  }

  @Test
  void diff_serialToIdentity_oneAlterColumn() {
    SchemaSnapshot a = new SchemaSnapshot(List.of(schema(serialId("t_id_seq"), sequence("t_id_seq", 1))));
    Column identity = col("id", "integer", "int4").withIdentity(dev.retort.schema.Identity.BY_DEFAULT);
    SchemaSnapshot b = new SchemaSnapshot(List.of(schema(identity)));
    assertThat(SchemaDiff.between(a, b).ops()).containsExactly(new Op.AlterColumn("t", "id",
        ColumnChange.change().dropSerial("t_id_seq").addIdentity(Identity.byDefault())));
    assertThat(SchemaDiff.between(b, a).ops()).containsExactly(new Op.AlterColumn("t", "id",
        ColumnChange.change().serial("serial").dropIdentity()));
  }

  @Test
  void diff_generatedExpressionChanged_dropAndAddWithAWarning() {
    Table a = table("t", col("b", "integer").withGenerated(new GeneratedColumn("a * 2", true))).build();
    Table b = table("t", col("b", "integer").withGenerated(new GeneratedColumn("a * 3", true))).build();
    DiffPlan plan = Models.plan();
    ColumnComparator.compare("t", a, b, plan);
    assertThat(plan.ops()).extracting(Op::describe).containsExactly("dropColumn t.b", "addColumn t.b");
    assertThat(((Op.AddColumn) plan.ops().get(1)).column().generated())
        .isEqualTo(new dev.retort.migration.Generated("a * 3", true));
    assertThat(plan.warnings).singleElement().asString().contains("generation expression changes");
  }
}
