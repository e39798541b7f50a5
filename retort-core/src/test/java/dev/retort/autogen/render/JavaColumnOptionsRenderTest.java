package dev.retort.autogen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.diff.DiffResult;
import dev.retort.migration.Column;
import dev.retort.migration.ColumnChange;
import dev.retort.migration.ForeignKey;
import dev.retort.migration.Identity;
import dev.retort.migration.Index;
import dev.retort.migration.Type;
import dev.retort.migration.UniqueConstraint;
import dev.retort.ops.Op;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Java revisions keep identity, generated columns, index methods and constraint options. */
class JavaColumnOptionsRenderTest {
  private static final DiffResult NONE = new DiffResult(List.of(), List.of());

  private static String upgrade(Op op) {
    return new JavaRevisionRenderer().render(new DiffResult(List.of(op), List.of()), NONE).upgrade();
  }

  @Test
  void column_identityAndGenerated() {
    assertThat(upgrade(new Op.AddColumn("t", Column.of("n", Type.BIGINT).notNull()
        .identity(Identity.always().startWith(100).incrementBy(5)), false)))
        .contains("Column.of(\"n\", Type.BIGINT).notNull().identity(Identity.always().startWith(100L).incrementBy(5L))");
    assertThat(upgrade(new Op.AddColumn("t", Column.of("g", Type.INTEGER).generatedAs("a * 2"), false)))
        .contains(".generatedAs(\"a * 2\")");
    assertThat(upgrade(new Op.AddColumn("t", Column.of("g", Type.INTEGER).generatedVirtualAs("a * 2"), false)))
        .contains(".generatedVirtualAs(\"a * 2\")");
  }

  @Test
  void alterColumn_identityAndSerialChanges() {
    assertThat(upgrade(new Op.AlterColumn("t", "id",
        ColumnChange.change().dropSerial("t_id_seq").addIdentity(Identity.byDefault()))))
        .contains("ColumnChange.change().dropSerial(\"t_id_seq\").addIdentity(Identity.byDefault())");
    assertThat(upgrade(new Op.AlterColumn("t", "id", ColumnChange.change().dropIdentity().serial("serial"))))
        .contains("ColumnChange.change().dropIdentity().serial(\"serial\")");
  }

  @Test
  void indexMethodAndConstraintOptions() {
    assertThat(upgrade(new Op.CreateIndex(Index.on("docs", "body").using("gin")))).contains(".using(\"gin\")");
    assertThat(upgrade(new Op.CreateForeignKey("c", ForeignKey.named("fk").columns("p").references("p", "id")
        .onUpdate("CASCADE").initiallyDeferred())))
        .contains(".onUpdate(\"CASCADE\").initiallyDeferred()");
    assertThat(upgrade(new Op.CreateUniqueConstraint("t", UniqueConstraint.named("uq", "a").deferrable())))
        .contains("UniqueConstraint.named(\"uq\", \"a\").deferrable()");
  }
}
