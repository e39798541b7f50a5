package dev.retort.autogen.diff;

import dev.retort.schema.Schema;
import dev.retort.schema.SchemaSnapshot;
import java.util.List;
import java.util.TreeSet;

/**
 * Compares two reflected schemas and returns the operations that turn the first into the second.
 * Pure: values in, values out. The reverse (a downgrade) is {@code between(desired, current,
 * options.reversed())}.
 *
 * <p>Order of the operations: renames; foreign keys that go or change are dropped; tables that go
 * are dropped (referencing tables first); indexes and constraints that go or change are dropped
 * (a foreign key whose referenced key or unique index is dropped is dropped before and added
 * again after); new tables are created
 * (referenced tables first, with their foreign keys unless those close a cycle); columns are
 * added, altered and dropped; constraints and indexes are added; last, the foreign keys of
 * existing tables and those that close a cycle. Views, sequences, enum types and comments fit
 * around these as {@code DiffPlan} says: views that go or change are dropped first and created
 * last, enum types and sequences are created before tables and dropped after columns, comments
 * are set at the end.
 *
 * <p>PostgreSQL {@code serial} columns are compared as one fact, not as a column, a default and a
 * sequence ({@link SerialColumns}).
 */
public final class SchemaDiff {
  private SchemaDiff() {}

  /** The operations from {@code current} to {@code desired}, and warnings to read. */
  public static DiffResult between(SchemaSnapshot current, SchemaSnapshot desired, DiffOptions options) {
    DiffPlan plan = new DiffPlan();
    TreeSet<String> names = new TreeSet<>();
    current.schemas().forEach(s -> names.add(s.name()));
    desired.schemas().forEach(s -> names.add(s.name()));
    for (String name : names) {
      Schema have = SerialColumns.fold(current.schema(name).orElse(Schema.of(name, List.of())));
      Schema want = SerialColumns.fold(desired.schema(name).orElse(Schema.of(name, List.of())));
      Schema renamed = Renames.apply(have, want, options, plan);
      TableComparator.compare(renamed, want, plan);
      ReferencedKeys.compare(renamed, want, plan);
      ViewComparator.compare(renamed, want, plan);
      SequenceComparator.compare(renamed, want, plan);
      EnumTypeComparator.compare(renamed, want, plan);
      CommentComparator.compare(renamed, want, plan);
    }
    return plan.result();
  }

  /** {@link #between(SchemaSnapshot, SchemaSnapshot, DiffOptions)} without rename hints. */
  public static DiffResult between(SchemaSnapshot current, SchemaSnapshot desired) {
    return between(current, desired, DiffOptions.none());
  }
}
