package dev.retort.command;

import dev.retort.ops.Op;
import java.util.List;
import java.util.Optional;

/**
 * {@link DifferenceText} for views, sequences, enum types and comments. Kinds: {@code add_view},
 * {@code drop_view}, {@code add_sequence}, {@code alter_sequence}, {@code drop_sequence}, {@code
 * add_enum}, {@code alter_enum}, {@code drop_enum}, {@code comment}.
 */
final class ObjectDifferenceText {
  private ObjectDifferenceText() {}

  /** The difference {@code op} makes, or empty when it is not one of these kinds. */
  static Optional<Difference> describe(Op op) {
    if (op instanceof Op.CreateView o) {
      return of("add_view", "", o.name(), "view " + o.name());
    }
    if (op instanceof Op.DropView o) {
      return of("drop_view", "", o.name(), "view " + o.name());
    }
    if (op instanceof Op.CreateSequence o) {
      return of("add_sequence", "", o.sequence().name(), "sequence " + o.sequence().name());
    }
    if (op instanceof Op.AlterSequence o) {
      return of("alter_sequence", "", o.sequence().name(), "sequence " + o.sequence().name() + " changed");
    }
    if (op instanceof Op.DropSequence o) {
      return of("drop_sequence", "", o.name(), "sequence " + o.name());
    }
    if (op instanceof Op.CreateEnumType o) {
      return of("add_enum", "", o.name(), "enum type " + o.name() + " " + o.values());
    }
    if (op instanceof Op.AddEnumValue o) {
      return of("alter_enum", "", o.type(), "enum type " + o.type() + ": value '" + o.value() + "' added");
    }
    if (op instanceof Op.DropEnumType o) {
      return of("drop_enum", "", o.name(), "enum type " + o.name());
    }
    if (op instanceof Op.SetComment o) {
      String target = o.on() == Op.CommentOn.COLUMN ? o.object() + "." + o.column() : o.object();
      String table = o.on() == Op.CommentOn.VIEW ? "" : o.object();
      return of("comment", table, o.on() == Op.CommentOn.COLUMN ? o.column() : o.object(),
          "comment on " + o.on().name().toLowerCase(java.util.Locale.ROOT) + " " + target + ": "
              + (o.comment() == null ? "removed" : "'" + o.comment() + "'"));
    }
    return Optional.empty();
  }

  private static Optional<Difference> of(String kind, String table, String name, String description) {
    return Optional.of(new Difference(kind, table, name, description, List.of()));
  }
}
