package dev.retort.run.repeatable;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The repeatable revisions an upgrade applies, and how their text is prepared before it runs
 * (placeholder replacement; the checksum stays that of the file as written).
 *
 * @param scripts the repeatable revisions, by name
 * @param substitution the text to run for a script
 */
public record RepeatableSet(List<RepeatableScript> scripts, UnaryOperator<RepeatableScript> substitution) {
  /** No repeatable revisions. */
  public static final RepeatableSet NONE = new RepeatableSet(List.of(), UnaryOperator.identity());

  public RepeatableSet {
    scripts = List.copyOf(scripts);
  }
}
