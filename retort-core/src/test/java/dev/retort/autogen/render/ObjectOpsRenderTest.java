package dev.retort.autogen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.diff.DiffResult;
import dev.retort.migration.Sequence;
import dev.retort.ops.Op;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Views, sequences, enum types and comments in a generated Java revision. */
class ObjectOpsRenderTest {
  private static final DiffResult NONE = new DiffResult(List.of(), List.of());

  @Test
  void javaCalls_oneCallPerOperation_dropsIfExists_droppedSequenceMarkedDestructive() {
    List<Op> ops = List.of(new Op.DropView("v_old", false), new Op.CreateEnumType("mood", List.of("sad", "ok")),
        new Op.AddEnumValue("mood", "fine", null, "sad"), new Op.AddEnumValue("mood", "meh", "sad", null),
        new Op.CreateSequence(Sequence.named("s").as("bigint").startWith(100).maxValue(Long.MAX_VALUE).noCycle()),
        new Op.AlterSequence(Sequence.named("s").ownedBy("t", "id")), new Op.DropSequence("s_old", false),
        new Op.DropEnumType("gone", false), new Op.CreateView("v", "SELECT \"id\" FROM t", false),
        new Op.SetComment(Op.CommentOn.COLUMN, "t", "a", null), new Op.SetComment(Op.CommentOn.VIEW, "v", null, "it's v"));
    RevisionBody body = new JavaRevisionRenderer().render(new DiffResult(ops, List.of()), NONE);
    assertThat(body.imports()).contains("dev.retort.migration.Sequence");
    assertThat(body.upgrade()).contains(
        "    // dropViewIfExists v_old\n    op.dropViewIfExists(\"v_old\");\n",
        "    op.createEnumType(\"mood\", \"sad\", \"ok\");\n",
        "    op.addEnumValueAfter(\"mood\", \"fine\", \"sad\");\n",
        "    op.addEnumValueBefore(\"mood\", \"meh\", \"sad\");\n",
        "    op.createSequence(Sequence.named(\"s\").as(\"bigint\").startWith(100).maxValue(9223372036854775807L).noCycle());\n",
        "    op.alterSequence(Sequence.named(\"s\").ownedBy(\"t\", \"id\"));\n",
        "    // retort:destructive sequence s_old and its current value\n    op.dropSequenceIfExists(\"s_old\");\n",
        "    op.dropEnumType(\"gone\");\n",
        "    op.createView(\"v\", \"SELECT \\\"id\\\" FROM t\");\n",
        "    op.setColumnComment(\"t\", \"a\", null);\n",
        "    op.setViewComment(\"v\", \"it's v\");\n");
  }
}
