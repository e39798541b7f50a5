package dev.retort.autogen.diff;

import static dev.retort.autogen.diff.Models.col;
import static dev.retort.autogen.diff.Models.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.ops.Op;
import dev.retort.schema.EnumType;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.View;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparators of views, sequences, enum types and comments, on small models (no database). */
class SchemaObjectComparatorsTest {
  private static Schema schema(List<Table> tables, List<View> views, List<Sequence> sequences, List<EnumType> enums) {
    return new Schema("public", tables, views, sequences, enums);
  }

  private static Sequence seq(String name, long increment, String ownedBy) {
    return new Sequence(name, "bigint", 1, increment, 1, Long.MAX_VALUE, 1, false, ownedBy);
  }

  @Test
  void views_chainOfViews_droppedDependentsFirstAndCreatedDependenciesFirst() {
    Table t = table("t", col("a", "text")).build();
    Schema have = schema(List.of(t), List.of(new View("base", "SELECT a FROM t", null),
        new View("mid", "SELECT a FROM base", null), new View("top", "SELECT a FROM mid", null)), List.of(), List.of());
    Table t2 = table("t", col("a", "integer")).build();
    Schema want = schema(List.of(t2), have.views(), List.of(), List.of());
    DiffPlan plan = Models.plan();
    ViewComparator.compare(have, want, plan);
    assertThat(plan.dropViews).extracting(Op::describe).containsExactly("dropView top", "dropView mid", "dropView base");
    assertThat(plan.createViews).extracting(Op::describe).containsExactly("createView base", "createView mid", "createView top");
  }

  @Test
  void views_onATableThatIsNotNamed_notRecreated_mentionIsAWholeWord() {
    Schema have = schema(List.of(table("t").build()), List.of(new View("v", "SELECT id FROM t_archive", null)), List.of(),
        List.of());
    Schema want = schema(List.of(), have.views(), List.of(), List.of());
    DiffPlan plan = Models.plan();
    ViewComparator.compare(have, want, plan);
    assertThat(plan.ops()).as("t is dropped, but v reads t_archive").isEmpty();
    assertThat(ViewComparator.mentions("SELECT T.id FROM T", "t")).isTrue();
  }

  @Test
  void sequences_newOneWithOwner_createdThenOwned_changedOneAlteredInWhatDiffers() {
    Schema have = schema(List.of(), List.of(), List.of(seq("s", 1, null)), List.of());
    Schema want = schema(List.of(), List.of(), List.of(seq("s", 5, "t.id"), seq("t_id_seq", 1, "t.id")), List.of());
    DiffPlan plan = Models.plan();
    SequenceComparator.compare(have, want, plan);
    assertThat(plan.createSequences).singleElement().isEqualTo(new Op.CreateSequence(dev.retort.migration.Sequence
        .named("t_id_seq").as("bigint").incrementBy(1).minValue(1).maxValue(Long.MAX_VALUE).startWith(1).cache(1).noCycle()));
    assertThat(plan.alterSequences).containsExactly(
        new Op.AlterSequence(dev.retort.migration.Sequence.named("s").incrementBy(5).ownedBy("t", "id")),
        new Op.AlterSequence(dev.retort.migration.Sequence.named("t_id_seq").ownedBy("t", "id")));
    assertThat(plan.warnings).isEmpty();
  }

  @Test
  void sequences_inAnotherSchema_qualified_ownedOnesDroppedIfExists() {
    Schema have = new Schema("app", List.of(), List.of(), List.of(seq("s", 1, "t.id"), seq("free", 1, null)), List.of());
    Schema want = new Schema("app", List.of(), List.of(), List.of(), List.of());
    DiffPlan plan = Models.plan();
    SequenceComparator.compare(have, want, plan);
    assertThat(plan.dropSequences).extracting(Op::describe)
        .containsExactly("dropSequence app.free", "dropSequenceIfExists app.s");
  }

  @Test
  void enumValues_keepsOrder_onlyForAdditionsInOrder() {
    assertThat(EnumTypeComparator.keepsOrder(List.of("a", "b"), List.of("x", "a", "y", "b", "z"))).isTrue();
    assertThat(EnumTypeComparator.keepsOrder(List.of("a", "b"), List.of("b", "a"))).isFalse();
    assertThat(EnumTypeComparator.keepsOrder(List.of("a", "b"), List.of("a"))).isFalse();
    assertThat(EnumTypeComparator.additions("e", List.of(), List.of("p", "q"))).extracting(Op::describe)
        .containsExactly("addEnumValue e 'p'", "addEnumValue e 'q'");
  }

  @Test
  void enumTypes_newAndRemoved() {
    Schema have = schema(List.of(), List.of(), List.of(), List.of(new EnumType("old", List.of("x"))));
    Schema want = schema(List.of(), List.of(), List.of(), List.of(new EnumType("fresh", List.of("a", "b"))));
    DiffPlan plan = Models.plan();
    EnumTypeComparator.compare(have, want, plan);
    assertThat(plan.ops()).extracting(Op::describe).containsExactly("createEnumType fresh [a, b]", "dropEnumType old");
  }

  @Test
  void comments_newTableAndColumns_setOnlyWhereThereIsText() {
    Table t = table("t", col("a", "text").withComment("about a"), col("b", "text")).comment("about t").build();
    DiffPlan plan = Models.plan();
    CommentComparator.compare(schema(List.of(), List.of(), List.of(), List.of()),
        schema(List.of(t), List.of(), List.of(), List.of()), plan);
    assertThat(plan.comments).containsExactly(new Op.SetComment(Op.CommentOn.TABLE, "t", null, "about t"),
        new Op.SetComment(Op.CommentOn.COLUMN, "t", "a", "about a"));
  }
}
