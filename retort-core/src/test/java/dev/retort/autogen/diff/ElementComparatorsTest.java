package dev.retort.autogen.diff;

import static dev.retort.autogen.diff.Models.col;
import static dev.retort.autogen.diff.Models.fk;
import static dev.retort.autogen.diff.Models.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.ops.Op;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Indexes, unique constraints, checks, foreign keys and primary keys, one comparator at a time. */
class ElementComparatorsTest {
  private static Index index(String name, String... columns) {
    return new Index(name, false, List.of(columns).stream().map(IndexColumn::of).toList(), null, "btree");
  }

  @Test
  void indexes_changedIsDropAndCreate_unchangedIsNothing() {
    Table a = table("t", col("a", "text"), col("b", "text")).index(index("ix_a", "a")).index(index("ix_b", "b"))
        .index(index("ix_old", "a")).build();
    Table b = table("t", col("a", "text"), col("b", "text")).index(index("ix_a", "a", "b")).index(index("ix_b", "b"))
        .index(index("ix_new", "b")).build();
    DiffPlan plan = Models.plan();
    IndexComparator.compare("public", "t", a, b, plan);
    assertThat(plan.ops()).extracting(Op::describe).containsExactly(
        "dropIndex ix_a on t", "dropIndex ix_old on t", "createIndex ix_a on t", "createIndex ix_new on t");
  }

  @Test
  void indexes_otherAccessMethod_createdWithIt() {
    DiffPlan plan = Models.plan();
    IndexComparator.create("public", "t", new Index("ix_gin", false, List.of(IndexColumn.of("a")), null, "gin"), plan);
    IndexComparator.create("public", "t", new Index("ix_bt", false, List.of(IndexColumn.of("a")), null, "btree"), plan);
    assertThat(plan.warnings).isEmpty();
    assertThat(plan.createIndexes).extracting(op -> ((Op.CreateIndex) op).index().method()).containsExactly("gin", null);
  }

  @Test
  void indexes_methodChanged_droppedAndCreated() {
    Table a = table("t", col("a", "text")).index(new Index("ix_a", false, List.of(IndexColumn.of("a")), null, "btree"))
        .build();
    Table b = table("t", col("a", "text")).index(new Index("ix_a", false, List.of(IndexColumn.of("a")), null, "hash"))
        .build();
    DiffPlan plan = Models.plan();
    IndexComparator.compare("public", "t", a, b, plan);
    assertThat(plan.ops()).extracting(Op::describe).containsExactly("dropIndex ix_a on t", "createIndex ix_a on t");
  }

  @Test
  void uniques_changedIsDropAndAdd_unnamedDropIsWarned() {
    Table a = table("t", col("a", "text")).unique(UniqueConstraint.of("uq_a", List.of("a")))
        .unique(UniqueConstraint.of(null, List.of("id", "a"))).build();
    Table b = table("t", col("a", "text")).unique(UniqueConstraint.of("uq_a", List.of("a", "id"))).build();
    DiffPlan plan = Models.plan();
    UniqueComparator.compare("t", a, b, plan);
    assertThat(plan.ops()).extracting(Op::describe)
        .containsExactly("dropConstraint uq_a on t", "createUniqueConstraint uq_a on t");
    assertThat(plan.warnings).singleElement().asString().contains("unnamed unique constraint on [id, a]");
  }

  @Test
  void checks_changedExpressionIsDropAndAdd() {
    Table a = table("t", col("a", "integer")).check(new CheckConstraint("ck", "a > 0")).build();
    Table b = table("t", col("a", "integer")).check(new CheckConstraint("ck", "a > 1")).build();
    DiffPlan plan = Models.plan();
    CheckComparator.compare("t", a, b, plan);
    assertThat(plan.ops()).extracting(Op::describe).containsExactly("dropConstraint ck on t", "createCheckConstraint ck on t");
  }

  @Test
  void foreignKeys_changedActionIsDropFirstAndAddLast() {
    ForeignKey cascade = new ForeignKey("fk", List.of("p"), "public", "p", List.of("id"), ReferentialAction.CASCADE,
        ReferentialAction.NO_ACTION, false, false);
    Table a = table("t", col("p", "integer")).foreignKey(fk("fk", "p", "p")).build();
    Table b = table("t", col("p", "integer")).foreignKey(cascade).build();
    DiffPlan plan = Models.plan();
    ForeignKeyComparator.compare("t", a, b, plan);
    assertThat(plan.dropForeignKeys).extracting(Op::describe).containsExactly("dropConstraint fk on t");
    assertThat(plan.addForeignKeys).extracting(Op::describe).containsExactly("createForeignKey fk on t");
    assertThat(((Op.CreateForeignKey) plan.addForeignKeys.get(0)).foreignKey().onDelete()).isEqualTo("CASCADE");
  }

  @Test
  void foreignKeys_onUpdateAndDeferrable_carriedByTheOp() {
    ForeignKey onUpdate = new ForeignKey("fk", List.of("p"), "public", "p", List.of("id"), ReferentialAction.NO_ACTION,
        ReferentialAction.CASCADE, true, true);
    DiffPlan plan = Models.plan();
    ForeignKeyComparator.add("t", onUpdate, plan);
    assertThat(plan.warnings).isEmpty();
    dev.retort.migration.ForeignKey written = ((Op.CreateForeignKey) plan.addForeignKeys.get(0)).foreignKey();
    assertThat(written.onUpdate()).isEqualTo("CASCADE");
    assertThat(written.onDelete()).isNull();
    assertThat(written.isDeferrable()).isTrue();
    assertThat(written.isInitiallyDeferred()).isTrue();
  }

  @Test
  void foreignKeys_deferrableChanged_droppedAndAdded() {
    ForeignKey deferred = new ForeignKey("fk", List.of("p"), "public", "p", List.of("id"), ReferentialAction.NO_ACTION,
        ReferentialAction.NO_ACTION, true, false);
    Table a = table("t", col("p", "integer")).foreignKey(fk("fk", "p", "p")).build();
    Table b = table("t", col("p", "integer")).foreignKey(deferred).build();
    DiffPlan plan = Models.plan();
    ForeignKeyComparator.compare("t", a, b, plan);
    assertThat(plan.ops()).extracting(Op::describe).containsExactly("dropConstraint fk on t", "createForeignKey fk on t");
  }

  @Test
  void primaryKey_changed_droppedThenAdded() {
    Table a = table("t", col("a", "integer")).build();
    Table b = table("t", col("a", "integer")).primaryKey(new PrimaryKey("t_pkey", List.of("id", "a"))).build();
    DiffPlan plan = Models.plan();
    PrimaryKeyComparator.compare("t", a, b, plan);
    assertThat(plan.dropConstraints).containsExactly(new Op.DropPrimaryKey("t", null));
    assertThat(plan.addConstraints).containsExactly(new Op.CreatePrimaryKey("t", "t_pkey", List.of("id", "a")));
  }

  @Test
  void primaryKey_removed_droppedOnly() {
    Table a = table("t").primaryKey(new PrimaryKey("t_pkey", List.of("id"))).build();
    Table b = Table.builder("t").column(col("id", "integer")).build();
    DiffPlan plan = Models.plan();
    PrimaryKeyComparator.compare("t", a, b, plan);
    assertThat(plan.ops()).containsExactly(new Op.DropPrimaryKey("t", "t_pkey"));
  }

  @Test
  void primaryKey_onlyNameDiffers_nothing() {
    Table a = table("t").primaryKey(new PrimaryKey("old_pkey", List.of("id"))).build();
    Table b = table("t").primaryKey(new PrimaryKey("t_pkey", List.of("id"))).build();
    DiffPlan plan = Models.plan();
    PrimaryKeyComparator.compare("t", a, b, plan);
    assertThat(plan.warnings).isEmpty();
  }
}
