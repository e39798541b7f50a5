package dev.retort.migration;

import java.util.Objects;

/**
 * A sequence to create or alter (PostgreSQL):
 * {@code Sequence.named("order_no").startWith(1000).incrementBy(10).cycle()}. Unset parts take
 * the database's defaults when the sequence is created, and stay as they are when it is altered.
 *
 * @param name the sequence name, optionally {@code schema.name}
 * @param dataType {@code smallint}, {@code integer} or {@code bigint}, or null
 * @param start the start value, or null
 * @param increment the increment, or null
 * @param minValue the minimum value, or null
 * @param maxValue the maximum value, or null
 * @param cache how many values to allocate at once, or null
 * @param cycles whether it wraps around, or null
 * @param ownedBy the {@code table.column} whose drop drops the sequence, {@code ""} for none
 *     ({@code OWNED BY NONE}), or null
 */
public record Sequence(
    String name, String dataType, Long start, Long increment, Long minValue, Long maxValue, Long cache, Boolean cycles,
    String ownedBy) {
  public Sequence {
    Objects.requireNonNull(name, "name");
  }

  /** A sequence with the database's defaults. */
  public static Sequence named(String name) {
    return new Sequence(name, null, null, null, null, null, null, null, null);
  }

  /** {@code AS type}: {@code smallint}, {@code integer} or {@code bigint}. */
  public Sequence as(String type) {
    return new Sequence(name, type, start, increment, minValue, maxValue, cache, cycles, ownedBy);
  }

  public Sequence startWith(long value) {
    return new Sequence(name, dataType, value, increment, minValue, maxValue, cache, cycles, ownedBy);
  }

  public Sequence incrementBy(long value) {
    return new Sequence(name, dataType, start, value, minValue, maxValue, cache, cycles, ownedBy);
  }

  public Sequence minValue(long value) {
    return new Sequence(name, dataType, start, increment, value, maxValue, cache, cycles, ownedBy);
  }

  public Sequence maxValue(long value) {
    return new Sequence(name, dataType, start, increment, minValue, value, cache, cycles, ownedBy);
  }

  public Sequence cache(long value) {
    return new Sequence(name, dataType, start, increment, minValue, maxValue, value, cycles, ownedBy);
  }

  /** {@code CYCLE}: wrap around at the end. */
  public Sequence cycle() {
    return new Sequence(name, dataType, start, increment, minValue, maxValue, cache, true, ownedBy);
  }

  /** {@code NO CYCLE}: fail at the end (the default; for {@code alterSequence}). */
  public Sequence noCycle() {
    return new Sequence(name, dataType, start, increment, minValue, maxValue, cache, false, ownedBy);
  }

  /** {@code OWNED BY table.column}: dropping the column (or its table) drops the sequence. */
  public Sequence ownedBy(String table, String column) {
    return new Sequence(name, dataType, start, increment, minValue, maxValue, cache, cycles, table + "." + column);
  }

  /** {@code OWNED BY NONE} (for {@code alterSequence}). */
  public Sequence ownedByNone() {
    return new Sequence(name, dataType, start, increment, minValue, maxValue, cache, cycles, "");
  }
}
