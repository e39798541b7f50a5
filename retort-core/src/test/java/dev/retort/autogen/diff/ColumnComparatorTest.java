package dev.retort.autogen.diff;

import static dev.retort.autogen.diff.Models.col;
import static dev.retort.autogen.diff.Models.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.migration.ColumnChange;
import dev.retort.migration.Type;
import dev.retort.ops.Op;
import dev.retort.schema.Table;
import org.junit.jupiter.api.Test;

class ColumnComparatorTest {
  @Test
  void compare_sameNormalisedType_noChange() {
    Table a = table("t", col("n", "int4", "integer")).build();
    Table b = table("t", col("n", "INTEGER", "integer")).build();
    DiffPlan plan = Models.plan();
    ColumnComparator.compare("t", a, b, plan);
    assertThat(plan.ops()).isEmpty();
  }

  @Test
  void compare_typeNullabilityAndDefault_oneAlterWithAllThree() {
    Table a = table("t", col("n", "integer")).build();
    Table b = table("t", col("n", "bigint").withDefault("0")).build();
    Table bNotNull = new Table(b.name(), java.util.List.of(b.columns().get(0),
        new dev.retort.schema.Column("n", b.columns().get(1).type(), false, "0", dev.retort.schema.Identity.NONE, null, null)),
        b.primaryKey(), b.uniqueConstraints(), b.indexes(), b.foreignKeys(), b.checks(), null);
    DiffPlan plan = Models.plan();
    ColumnComparator.compare("t", a, bNotNull, plan);
    assertThat(plan.ops()).containsExactly(new Op.AlterColumn("t", "n",
        ColumnChange.change().type(Type.of("bigint")).nullable(false).defaultSql("0")));
  }

  @Test
  void compare_defaultRemoved_dropsDefault() {
    DiffPlan plan = Models.plan();
    ColumnComparator.compare("t", table("t", col("n", "text").withDefault("'x'")).build(),
        table("t", col("n", "text")).build(), plan);
    assertThat(plan.ops()).containsExactly(new Op.AlterColumn("t", "n", ColumnChange.change().dropDefault()));
  }

  @Test
  void compare_dropAndAddOfOneType_dropAddAndRenameWarning() {
    DiffPlan plan = Models.plan();
    ColumnComparator.compare("t", table("t", col("mail", "text")).build(), table("t", col("email", "text")).build(), plan);
    assertThat(plan.ops()).extracting(Op::describe).containsExactly("addColumn t.email", "dropColumn t.mail");
    assertThat(plan.warnings).singleElement().asString()
        .contains("column mail is dropped and email added").contains("t.mail -> email");
  }

  @Test
  void compare_addedColumnDrawsFromASequence_addedWithItsDefault() {
    DiffPlan plan = Models.plan();
    ColumnComparator.compare("t", table("t").build(),
        table("t", col("n", "integer").withDefault("nextval('t_n_seq'::regclass)")).build(), plan);
    assertThat(plan.ops()).singleElement().isEqualTo(new Op.AddColumn("t",
        dev.retort.migration.Column.of("n", dev.retort.migration.Type.of("integer")).defaultSql("nextval('t_n_seq'::regclass)"),
        false));
    assertThat(plan.warnings).as("sequences are compared now: SequenceComparator creates t_n_seq first").isEmpty();
  }

  @Test
  void compare_dropAndAddOfDifferentTypes_noWarning() {
    DiffPlan plan = Models.plan();
    ColumnComparator.compare("t", table("t", col("a", "text")).build(), table("t", col("b", "integer")).build(), plan);
    assertThat(plan.warnings).isEmpty();
  }
}
