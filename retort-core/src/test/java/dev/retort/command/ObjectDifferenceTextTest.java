package dev.retort.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.migration.Sequence;
import dev.retort.ops.Op;
import dev.retort.schema.SchemaSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** check and diff describe views, sequences, enum types and comments (and never fail on them). */
class ObjectDifferenceTextTest {
  private final DifferenceText text = new DifferenceText(new SchemaSnapshot(List.of()), new SchemaSnapshot(List.of()));

  @Test
  void everyObjectOperation_hasAKindAndALine() {
    List<Op> ops = List.of(new Op.CreateView("v", "SELECT 1", false), new Op.DropView("v", false),
        new Op.CreateSequence(Sequence.named("s")), new Op.AlterSequence(Sequence.named("s").cycle()),
        new Op.DropSequence("s", true), new Op.CreateEnumType("mood", List.of("a", "b")),
        new Op.AddEnumValue("mood", "c", null, "b"), new Op.DropEnumType("mood", false),
        new Op.SetComment(Op.CommentOn.COLUMN, "t", "a", "x"), new Op.SetComment(Op.CommentOn.TABLE, "t", null, null));
    assertThat(ops.stream().map(text::describe).map(d -> d.kind() + " | " + d.line())).containsExactly(
        "add_view | + view v", "drop_view | - view v", "add_sequence | + sequence s",
        "alter_sequence | ~ sequence s", "drop_sequence | - sequence s", "add_enum_type | + enum type mood (a, b)",
        "alter_enum_type | ~ enum type mood: value c added", "drop_enum_type | - enum type mood",
        "alter_comment | ~ comment on column t.a: x", "alter_comment | ~ comment on table t removed");
  }
}
