package dev.retort.schema;

import java.util.Comparator;
import java.util.Objects;

/**
 * A sequence (PostgreSQL). Sequences behind identity columns are part of the column ({@link
 * Identity}) and not listed; those behind {@code serial} columns are, with {@code ownedBy} set.
 *
 * @param name the sequence name
 * @param dataType its type ({@code bigint}, {@code integer}, {@code smallint})
 * @param start the start value
 * @param increment the increment
 * @param minValue the minimum value
 * @param maxValue the maximum value
 * @param cache the cache size
 * @param cycle whether it wraps around
 * @param ownedBy the {@code table.column} that owns it, or null
 */
public record Sequence(
    String name, String dataType, long start, long increment, long minValue, long maxValue, long cache, boolean cycle,
    String ownedBy) {
  static final Comparator<Sequence> ORDER = Comparator.comparing(Sequence::name);

  public Sequence {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dataType, "dataType");
  }
}
