package dev.retort.autogen.diff;

import dev.retort.ops.Op;
import java.util.List;

/**
 * What {@link SchemaDiff} found.
 *
 * @param ops the operations that turn the current schema into the desired one, in an order that applies
 * @param warnings what a person should look at: likely renames written as drop and add, and
 *     differences the operations cannot express (left out of {@code ops})
 */
public record DiffResult(List<Op> ops, List<String> warnings) {
  public DiffResult {
    ops = List.copyOf(ops);
    warnings = List.copyOf(warnings);
  }

  /** Whether the two schemas are the same. */
  public boolean isEmpty() {
    return ops.isEmpty();
  }
}
